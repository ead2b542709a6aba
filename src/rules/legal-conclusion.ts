import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';
import { replyHandle } from '../engine/signals/targets';

// "X is illegal" states the law when X is an activity ("Fly-tipping is illegal") and reaches a
// conclusion about someone when X is a particular thing or party ("The protest camp … is illegal").
const COPULA_VERDICT = /^(?:is|are|was|were) (?:unlawful|illegal)$/;
const GENERAL_LAW = /(?<![a-z])(?:it is|it's|it was|this is|is a|is an|are|be) (?:illegal|unlawful|an offence|a criminal offence|against the law) (?:to|for)(?![a-z])|^\W*(?:anyone|anybody|any (?:[a-z]+ )?(?:installer|business|firm|company|operator|landlord|provider|trader|contractor|supplier)s?|installers|businesses|operators|landlords|providers|those) (?:found )?in breach of (?:the |our |these |this )?(?:new )?[a-z0-9' -]{2,60}? (?:will|may|can|could)(?![a-z])/;
const SPECIFIC_SUBJECT = /^(?:@\w+\s+)?(?:the|this|that|these|those|your|their|its|his|her|our)\s/;
const HEDGE = /(?<![a-z])(?:may|might|could|can|potentially|possibly)(?![a-z])/;
// Words that end the subject of a sentence: the verb or a relative clause.
const SUBJECT_END = /\s(?:is|are|was|were|have|has|had|may|might|could|should|will|would|can|must|who|that|which|blocking|picking|walking|taking|selling|running|doing)\b/i;

function subjectOf(ctx: Parameters<Rule['check']>[0], sentenceStart: number, predicateStart: number): string | undefined {
  const before = ctx.text.slice(sentenceStart, predicateStart).replace(/^\s*(?:\d+\/\d+\s*)?/, '');
  const handle = /^(@[A-Za-z0-9_]+)/.exec(before);
  const rest = before.replace(/^(?:@[A-Za-z0-9_]+\s*)+/, '');
  const cut = SUBJECT_END.exec(rest);
  const subject = (cut ? rest.slice(0, cut.index) : rest).trim().replace(/[,:;]$/, '');
  if (subject && subject.split(/\s+/).length <= 6 && !/^(?:it|this|that|there|we|i)$/i.test(subject)) return subject;
  return handle?.[1];
}

const PROMISE = /(?<![a-z])(?:(?:we|i) (?:can )?(?:guarantee|promise|pledge)(?: that)? (?:every|no|all|nobody|no one|none)(?![a-z])|(?:every|all) [a-z' -]{1,40}? will be guaranteed(?![a-z])|(?:i|we) can confirm (?:that )?[^.!?\n]{0,80}? will (?:never|always|no longer)(?![a-z])|we will (?:be )?(?:refunding|refund|repaying|repay|compensating|compensate|cancelling|cancel|scrapping|scrap|writing off|write off) (?:every|all)(?![a-z])|(?:pleased|delighted|proud|happy|glad) to confirm (?:that )?(?:all|every) [^.!?\n]{0,80}? will be (?:cancelled|refunded|scrapped|repaid|paid back|compensated|reimbursed|written off|wiped)(?![a-z])|no [a-z]+(?: [a-z]+)? will (?:ever )?(?:again )?(?:pay a penny|lose out|sleep rough|be left|go without|face)(?![a-z])|will never be (?:made compulsory|privatised|sold off|introduced|brought in)(?![a-z])|(?:has|have) (?:already )?agreed to cover any shortfall|will cover any shortfall)/g;
const ANIMALS = /(?<![a-z])(?:gulls?|seagulls?|pigeons?|squirrels?|foxes|fox|magpies?|crows?|badgers?|rats?|mice|cats?|dogs?|puppy|puppies|kittens?|geese|goose|ducks?|swans?|sheep|goats?|cows?|deer|rabbits?|moles?|slugs?|snails?|wasps?|ants|seals?|otters?|herons?|pigs?|hens?|chickens?|donkeys?|monkeys?|jackdaws?|robins?|cormorants?|raccoons?)(?![a-z])/;

const rule: Rule = {
  id: 'legal-conclusion',
  category: 'legal-claim',
  description:
    'States a definitive legal conclusion about someone: acting unlawfully, breaking the law, in breach of contract or permission, trespassing, guilty, or to be fined or prosecuted.',
  citation: SOURCES.gcsIfInDoubt,
  examples: {
    bad: [
      { text: 'The developer is in clear breach of its planning permission and we will see them in court.', profile: { account: 'corporate' } },
      { text: 'Staff who strike on Friday may be in breach of their contracts.', profile: { account: 'corporate' } },
      { text: 'The traveller camp on Mill Field is illegal and everyone there is trespassing.' },
    ],
    good: [
      { text: 'Fly-tipping is a criminal offence. Report it here: https://example.gov.uk/report', profile: { account: 'corporate' } },
      { text: 'Think you have had a data breach? Report it within 72 hours: https://example.gov.uk/breach', profile: { account: 'corporate' } },
      { text: 'We have published the legal advice we received on the sale: https://example.gov.uk/advice', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    // A scam or fraud warning names crimes ("they are stealing your details") without accusing anyone identifiable.
    const scamWarning = /(?<![a-z])(?:scam\w*|phishing|fake (?:texts?|emails?|websites?|calls?)|fraudulent (?:texts?|emails?|websites?|calls?)|cold callers?|doorstep (?:crime|callers?)|be (?:alert|aware|vigilant)|report (?:it|them|suspicious)|data breach|what to do if|our (?:new )?guide)(?![a-z])/.test(ctx.norm);
    const CRIME_WORD = /^(?:stealing|stolen|theft|thieves|crooks|are crooks|is a crook|'s a crook|is a criminal|'s a criminal|fraudulent|fraudsters|criminals|criminally|committing fraud|committing a crime|defrauded|defrauding|ripped off|ripping off|rogue traders|cowboy builders|crooked|corrupt|embezzl\w*)$/;
    const seen = new Set<number>();
    for (const p of found(ctx, 'legal-conclusions')) {
      if (p.normStart >= ctx.amplifiedStart) continue;
      if (scamWarning && CRIME_WORD.test(p.text)) continue;
      // The organisation's own obligations ("the council has a legal duty to assess…") are not a verdict on anyone.
      // Nor is the law's silence for everyone ("There is no legal duty on any council to provide them").
      if (/^(?:no )?(?:legal|statutory) dut/.test(p.text) && /(?<![a-z])(?:there is|there's|there are)(?: no)?\s+$/.test(ctx.norm.slice(Math.max(0, p.normStart - 16), p.normStart)) && /^\s+(?:on|for) (?:any|all|every|councils|local authorities|employers|landlords|schools)(?![a-z])/.test(ctx.norm.slice(p.normEnd, p.normEnd + 24))) continue;
      if (/^(?:legal|statutory) dut/.test(p.text) && /(?<![a-z])(?:we|we've|council|authority|department|agency|government|service|office|unit|board)(?: [a-z']+){0,3} (?:has|have|had) a\s*$/.test(ctx.norm.slice(Math.max(0, p.normStart - 60), p.normStart))) continue;
      // Part of a compound ("a sock-stealing member of the family"): a description, not a verdict.
      if (ctx.norm[p.normStart - 1] === '-' && CRIME_WORD.test(p.text)) continue;
      // A count or a class ("1,240 unlicensed breeding premises were identified", "data on unlicensed
      // breeders") is a statistic or a subject of policy, not a verdict on anyone.
      if (/^unlicensed$/.test(p.text) && /(?:(?<![a-z])(?:on|about|of|against|tackling|tackle|report|reporting)|\d[\d,]*)\s+$/.test(ctx.norm.slice(Math.max(0, p.normStart - 14), p.normStart))) continue;
      // "No exceptions" declares something only beside a consequence or a commitment ("…will be
      // prosecuted. No exceptions."); after a house rule restated ("anything marked OFFICIAL-SENSITIVE
      // stays off team chat apps, no exceptions") it is emphasis.
      if (/^no exceptions$/.test(p.text)) {
        const k = ctx.sentenceIndexAt(p.normStart);
        const from = ctx.sentences[k - 1]?.normStart ?? ctx.sentences[k]?.normStart ?? 0;
        if (!/(?<![a-z])(?:will|'ll|face|faces|facing|offence|illegal|illegally|unlawful|law|prosecut\w*|fined?|banned|arrested|destroyed|guarantee\w*|promise\w*)(?![a-z])/.test(ctx.norm.slice(from, p.normStart))) continue;
      }
      // "is not a loan and never has to be paid back": a reassurance about a benefit, not a verdict.
      if (/^paid back$/.test(p.text) && /(?:never|n't|not|no need to)(?: [a-z]+){0,2} (?:has|have|need|needs) to be\s*$|(?:never|n't|not) (?:be|been)\s*$/.test(ctx.norm.slice(Math.max(0, p.normStart - 30), p.normStart))) continue;
      // A word in quotation marks is someone else's ("when the opposition claim these numbers are 'fiddled'").
      if (p.text.includes("'")) continue;
      // Goods the organisation has seized ("seized two tonnes of illegally imported meat") are not a verdict on anyone.
      if (/^illegal(?:ly)?$/.test(p.text) && /(?<![a-z])(?:seized|seize|confiscated|intercepted|recovered|removed|destroyed|cleared)(?![a-z])/.test(ctx.sentenceAt(p.normStart)?.text ?? '')) continue;
      const sentence = ctx.sentenceAt(p.normStart);
      if (!sentence || seen.has(sentence.normStart)) continue;
      const local = ctx.norm.slice(sentence.normStart, sentence.normEnd);
      if (GENERAL_LAW.test(local)) continue;
      // A question accuses no one ("Think a building near you is in breach of planning control?"), nor
      // does one reported ("We've been asked whether farmers will lose money under the scheme").
      if (local.trimEnd().endsWith('?')) continue;
      if (/(?<![a-z])(?:asked|asking|ask|asks|wondered|wondering|want(?:s|ed)? to know|question(?:s|ed)?) (?:us |me |about |on )?(?:whether|if)(?![a-z])/.test(ctx.norm.slice(sentence.normStart, p.normStart))) continue;
      // The writer owning up in jest ("before I start stealing slices") accuses nobody else.
      if (CRIME_WORD.test(p.text) && /(?<![a-z])(?:i|i'm|i am|i'll|i will|i was|i've been)\s+(?:(?:start|started|starting|keep|kept|go|be|been|am|going to start)\s+)?$/.test(ctx.norm.slice(Math.max(0, p.normStart - 30), p.normStart))) continue;
      // "Nobody will lose their plot before October": a reassurance, not a verdict on anyone.
      if (/^will lose$/.test(p.text) && /(?<![a-z])(?:nobody|no one|none of (?:you|them|us)|no (?:[a-z]+ ){1,2})\s*$/.test(ctx.norm.slice(Math.max(0, p.normStart - 30), p.normStart))) continue;
      // …nor is a service notice's "Nobody who needs help with medication will lose a visit", unless it is promised.
      if (/^will lose$/.test(p.text) && /^\W*(?:nobody|no one)(?![a-z])/.test(local) && !/(?<![a-z])(?:promise\w*|guarantee\w*|pledge\w*|assure\w*|my word)(?![a-z])/.test(local)) continue;
      // What the reader suspects ("how to report a shipment you think is illegal") is theirs to report.
      if (/(?<![a-z])(?:you|you've|anyone) (?:think|believe|suspect|suspected|feel)(?: (?:is|are|was|were|may be|might be|could be))?\s*$/.test(ctx.norm.slice(Math.max(0, p.normStart - 30), p.normStart))) continue;
      // Reporting what a court decided ("magistrates found a man guilty") repeats its conclusion.
      if (/(?<![a-z])(?:magistrates|(?:court|tribunal|judge|jury) (?:found|ruled|ordered|decided|convicted)|convicted|sentenced|pleaded guilty|found (?:him|her|them|a \w+) guilty|found guilty|ordered to pay|successfully prosecuted|(?:court|tribunal|judge|jury|sheriff|magistrates?)(?: [a-z]+){0,2} (?:jailed|fined|banned|disqualified|imprisoned|handed)|(?:was|were|has been|have been) (?:jailed|imprisoned))(?![a-z])/.test(local)) continue;
      const subjectNorm = ctx.norm.slice(sentence.normStart, p.normStart).replace(/^\s*(?:\d+\/\d+\s*)?/, '').replace(/^(?:here's why|this is why|that's why|why) /, '');
      // Animals are not defendants ("the gulls: absolute thieves").
      if (ANIMALS.test(subjectNorm)) continue;
      // A named company or body is specific too ("Meridian Water's discharges … are illegal").
      const properSubject = /^(?:\d+\/\d+\s*)?[A-Z][\w'’]*\s+[A-Z]/.test(ctx.text.slice(sentence.start, p.start).trimStart());
      if (COPULA_VERDICT.test(p.text) && !SPECIFIC_SUBJECT.test(subjectNorm) && !properSubject && !replyHandle(ctx)) continue;
      // A hedged statement that links to published advice points to the source of the conclusion.
      if (HEDGE.test(local) && ctx.hasLink) continue;
      seen.add(sentence.normStart);
      const target = subjectOf(ctx, sentence.start, p.start) ?? replyHandle(ctx);
      hits.push({
        start: sentence.start,
        end: sentence.end,
        severity: 'serious',
        message: `"${ctx.text.slice(p.start, p.end)}" states a legal conclusion${target ? ` about ${target}` : ''} that only a court, or published legal advice, can support.`,
        advice: 'Link to the published guidance or advice and describe what people should do, without declaring anyone in breach.',
        ...(target ? { target } : {}),
      });
    }
    // Promises made on behalf of government (RULES.md): a guarantee to everyone, or that something
    // will never happen ("every victim will be guaranteed…", "the scheme will never be made compulsory").
    if (!hits.length) {
      const promise = ctx.first(PROMISE, 0, ctx.amplifiedStart);
      const sentence = promise && ctx.sentenceAt(promise.normStart);
      if (promise && sentence && !sentence.text.trimEnd().endsWith('?')) {
        hits.push({
          start: sentence.start,
          end: sentence.end,
          severity: 'serious',
          message: `"${ctx.text.slice(promise.start, promise.end)}" makes a promise on behalf of government that only a published decision can make.`,
          advice: 'Link to the published policy or announcement, and say what it commits to in its own words.',
        });
      }
    }
    return hits;
  },
};

export default rule;
