import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found, groupBySentence } from '../engine/signals/found';
import { judgement, putDowns, sarcasticCodas, scareQuotes } from '../engine/signals/valence';
import { amplifiedSignals } from '../engine/signals/amplified';
import { employerPattern, employerReferences, employerWords, roleClaim } from '../engine/signals/voice';
import type { CheckContext, Match } from '../engine/context';

/**
 * A repost or quote that criticises the poster's employer ("RT @SaveOurLibrary: The council's closure
 * plan is vandalism") repeats the criticism under the poster's name.
 */
function sharedCriticism(ctx: CheckContext): RuleHit | undefined {
  const from = ctx.amplifiedStart;
  if (from >= ctx.norm.length) return undefined;
  // Party content attacking the party in power is partisan (the endorsement and party-political rules), not this.
  const signals = amplifiedSignals(ctx);
  if (signals.party) return undefined;
  const employer = ctx.profile.employer?.trim().toLowerCase();
  const pattern = employerPattern(ctx);
  // "Redcliffe Vale council are…": past the rest of the employer's own name to the institution.
  const own = employerWords(ctx);
  const after = (m: Match) => {
    let rest = ctx.norm.slice(m.normEnd, m.normEnd + 60);
    for (let w = /^\s+([a-z']+)/.exec(rest); w && own.has(w[1]!) && !/^(?:council|department|board)$/.test(w[1]!); w = /^\s+([a-z']+)/.exec(rest)) rest = rest.slice(w[0].length);
    return rest;
  };
  const named = pattern ? ctx.matches(pattern, from).filter((m) => /^(?:'s)?\s+(?:council|cabinet|department|board|leadership|bosses|management|staff)(?![a-z])/.test(after(m))) : [];
  const minister = ctx.profile.role === 'civil-servant' ? ctx.matches(/(?<![a-z])(?:the |our )?(?:[a-z]+ )?(?:minister|secretary of state)(?![a-z])/g, from) : ctx.matches(/(?<![a-z])(?:the )?councillors(?![a-z])/g, from);
  const refs = [...found(ctx, 'employer-references').filter((m) => m.normStart >= from), ...minister, ...named, ...(employer ? ctx.matches(new RegExp(employer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g'), from) : [])];
  if (!refs.length) return undefined;
  const refSentences = new Set(refs.map((r) => ctx.sentenceIndexAt(r.normStart)));
  const critical = [...found(ctx, 'criticism'), ...found(ctx, 'insults'), ...found(ctx, 'insults-if-aimed'), ...found(ctx, 'attack-predicates')].some((m) => m.normStart >= from && refSentences.has(ctx.sentenceIndexAt(m.normStart)))
    || [...refSentences].some((i) => judgement(ctx, i).score <= -2 || /(?<![a-z])(?:wouldn't know|hasn't a clue|has no idea|time for (?:him|her|them) to go)(?![a-z])/.test(ctx.sentences[i]!.text))
    // A campaign against the employer's own decision ("tell the council: no to the four-day week!",
    // "management won't listen, so we'll make them"): sharing it joins the campaign against them.
    || (signals.campaigning && OPPOSES.test(ctx.norm.slice(from)))
    || [...refSentences].some((i) => OPPOSES.test(ctx.sentences[i]!.text));
  if (!critical) return undefined;
  const at = ctx.span(from, ctx.norm.length);
  const target = ctx.text.slice(refs[0]!.start, refs[0]!.end);
  return {
    ...at,
    severity: 'warning',
    message: `Sharing criticism of ${target} repeats it under your name, and can bring your employer into disrepute.`,
    advice: 'Raise it through your line manager, HR or the internal whistleblowing route instead.',
    target,
  };
}

const OPPOSES = /(?<![a-z])(?:no to|stop (?:the|this|their|its|our)|scrap (?:the|this|their|its|it)|hands off|shame on|won't listen|refuse[sd]? to listen|on strike|strike (?:on|from|over|against)|walk ?outs?|flogging|sell-?offs?|selling off|against (?:the|this|their|its) (?:plans?|closures?|cuts?|decision|sale|proposals?)|save our|don't let (?:the|them)|put (?:our|your) [a-z]+ at risk|join the (?:march|protest|rally|demo|picket)|still (?:can't|cannot|hasn't|haven't|won't|don't)|broken promises?|time for (?:him|her|them) to go|dragging (?:its|their) feet)(?![a-z])/;

const REPORTS = /(?<![a-z])(?:says?|said|found|finds|believes?|believed|thinks?|thought|confirms?|confirmed|ruled|warns?|warned|told|tells|explains?|explained|announced?|reports?|reported|has served|served)(?![a-z])/;

/**
 * A legal conclusion with the employer as its subject ("the council's threat to dock strike pay is
 * illegal"), not one about a third party from someone who names their job.
 */
function legalAboutEmployer(ctx: CheckContext): Match[] {
  const legal = found(ctx, 'legal-conclusions');
  if (!legal.length) return [];
  const refs = employerReferences(ctx);
  return legal.filter((l) => {
    const sentence = ctx.sentenceAt(l.normStart);
    // The employer opens the sentence, or opens its main clause after an opening phrase and comes
    // within three words of the verdict ("By closing the toilets without an assessment, the council
    // is in breach…").
    return !!sentence && refs.some((r) => {
      if (r.normStart < sentence.normStart || r.normEnd > l.normStart) return false;
      // (An opinion opener does not count: "Pretty sure the council backing out of our bonus is illegal".)
      // (Nor does a lead-in before a colon: "Speaking as one of the highways team here: the council is…".)
      const before = ctx.norm.slice(sentence.normStart, r.normStart).replace(/^[^:]{0,80}:\s+/, '').replace(/^\s*(?:pretty sure|i'm pretty sure|i reckon|i think|honestly|frankly|tbh|if you ask me)[,:]?\s+/, '');
      const between = ctx.norm.slice(r.normEnd, l.normStart);
      // "The council says the landlord is acting unlawfully": the council reports someone else's breach.
      if (REPORTS.test(between)) return false;
      return before.split(/\s+/).filter(Boolean).length <= 1 || (/,\s*(?:the |our |my )?$/.test(before) && between.split(/\s+/).filter(Boolean).length <= 3);
    });
  });
}

// On a personal account: the employer, its leaders, ministers or councillors criticised in public.
// Needs both halves in one sentence (or a short sentence right after), so "proud of my team at the
// council" and "the printer jammed again" stay quiet.
const rule: Rule = {
  id: 'employer-criticism',
  category: 'employer-criticism',
  description:
    "On a personal account, public criticism of one's own employer, its leaders, ministers, councillors or colleagues, or a workplace grievance aired in public.",
  citation: SOURCES.cscProfessional,
  examples: {
    bad: [
      { text: 'Senior management here could not organise a raffle. Third restructure in four years.' },
      { text: 'Our minister clearly hasn\'t read a single thing we sent. Months of work binned.', profile: { role: 'civil-servant' } },
      { text: 'Cllr Jones took the credit for my team\'s work again at full council. Shameless.' },
    ],
    good: [
      { text: 'Proud of my team at the council for everything you have done this year.' },
      { text: 'Printer jammed three times before 9am. Love that for me 🙃' },
      { text: 'Senior management here could not organise a raffle.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    if (ctx.corporate) return [];
    const hits: RuleHit[] = [];
    const shared = sharedCriticism(ctx);
    if (shared) hits.push(shared);
    const refs = [...employerReferences(ctx)];
    const claim = roleClaim(ctx);
    if (claim) refs.push(claim);
    if (!refs.length) return hits;
    // "Nobody on the fourth floor trusts the new director": distrust spoken for a whole workplace.
    const cannot = ctx.matches(/(?<![a-z])(?:couldn't|could not|can't|cannot) (?:organise|run|transform|manage|find|lead|count|spell|plan|fix|sort|tell|add up) (?:a|an|his|her|their|its|the)(?![a-z])/g);
    const distrust = ctx.matches(/(?<![a-z])(?:nobody|no one|none of us|not one of us)(?: [a-z'-]+){0,5} (?:trusts?|trusted|rates?|rated|respects?|respected|believes?|believed|listens? to|listened to)(?![a-z])/g);
    const harsh = ctx.sentences.flatMap((sentence, i) => {
      const j = judgement(ctx, i);
      return sentence.normStart < ctx.amplifiedStart && j.score <= -2 && j.worst ? [j.worst] : [];
    });
    const criticism = [...found(ctx, 'criticism'), ...legalAboutEmployer(ctx), ...found(ctx, 'workplace-grievances'), ...found(ctx, 'insults'), ...found(ctx, 'insults-if-aimed'), ...found(ctx, 'profanity'), ...found(ctx, 'sarcasm-cues'), ...cannot, ...distrust, ...harsh, ...putDowns(ctx), ...scareQuotes(ctx), ...sarcasticCodas(ctx)].filter((m) => m.normStart < ctx.amplifiedStart).sort((a, b) => a.normStart - b.normStart);
    const sentences = ctx.sentences;
    const refsBySentence = groupBySentence(ctx, refs);
    const seen = new Set<number>();
    for (const c of criticism) {
      const i = ctx.sentenceIndexAt(c.normStart);
      if (i < 0 || seen.has(i)) continue;
      const s = sentences[i]!;
      // "Brilliant." said on its own is sarcasm; "You lot are brilliant." is praise.
      if (/^[a-z]+[.!]$/.test(c.text) && s.text.split(/\s+/).length > 2) continue;
      // A word that is merely harsh ("aching legs") counts only beside the employer named, not beside a claim of the job.
      const harshOnly = harsh.includes(c);
      const inSentence = (refsBySentence.get(i) ?? []).find((r) => (r.normEnd <= c.normStart || r.normStart >= c.normEnd || r === c) && !(harshOnly && r === claim));
      // "…took the credit for my team's work. Again. Shameless." — a short verdict after the sentence naming them.
      // A short verdict after the sentence that names them ("…took the credit. Again. Shameless."),
      // or the punchline after a question about them ("Has anyone met our director…? Because ours doesn't").
      const short = s.text.split(/\s+/).length <= 8;
      // …or a sentence about "he", "she" or "they" right after the one that names them ("Cllr Farrant was
      // on his phone again. Half the room reckons he hasn't read a single report").
      const pronoun = /(?<![a-z])(?:he|she|they|his|her|their|him|them)(?![a-z])/.test(s.text);
      // (A pronoun cannot point back at the writer's own "Planning officer here".)
      const previous = (refsBySentence.get(i - 1) ?? []).filter((r) => short || r !== claim);
      const inPrevious = !inSentence && (short || pronoun) ? previous[0] ?? (short ? refsBySentence.get(i - 2)?.[0] : undefined) : undefined;
      const ref = inSentence ?? inPrevious;
      if (!ref) continue;
      // Beside the writer's job alone, "the worst kitchen I've seen" is a story from the job, not a
      // verdict on the employer.
      if (ref === claim && /^(?:\s+[a-z'-]+){1,3}\s+(?:i've|i have|we've|we have)\s+(?:ever\s+)?(?:seen|dealt with|inspected|visited|handled)(?![a-z])/.test(ctx.norm.slice(c.normEnd, c.normEnd + 50))) continue;
      seen.add(i);
      const target = ctx.text.slice(ref.start, ref.end);
      hits.push({
        start: s.start,
        end: s.end,
        severity: 'warning',
        message: `Criticising ${target} in public ("${ctx.text.slice(c.start, c.end)}") can bring your employer into disrepute, whatever account you use.`,
        advice: 'Raise it through your line manager, HR or the internal whistleblowing route instead.',
        target,
      });
    }
    return hits;
  },
};

export default rule;
