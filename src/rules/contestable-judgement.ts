import type { CheckContext } from '../engine/context';
import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { found } from '../engine/signals/found';
import { amplifiedSignals, amplifies } from '../engine/signals/amplified';
import { judgement } from '../engine/signals/valence';
import { opponentMentions } from '../engine/signals/targets';
import { insideQuotes } from '../engine/signals/quotes';

// A verdict on a contested policy, an opponent or public opinion, stated in the official voice.
// Runs after the primary rules because an attack on opponents from a corporate account is also
// opinion stated as fact (RULES.md conventions), and so is endorsing a contested claim.
const POLICY_VERDICT =
  /(?<![a-z])(?<!how )(?<!how the )(?<!(?:made|make|makes|making|help|helps|helped|helping) )(?:sanctions|cuts|fines|limits|tests|the (?:policy|scheme|plan|programme|reforms?|changes|targets|charges|rules|limits|system)|these (?:policies|reforms|measures|changes)|our (?:policy|reforms?|plans?|approach)) (?:simply |clearly |just |do |does |really )?(?:work|works|don't work|doesn't work|do not work|does not work|have failed|has failed|are working|is working)(?![a-z])/g;

// "The new charges are fair, modest and overdue", "Smart motorways are safe": a verdict on a
// policy or scheme, as opposed to "the building is safe to use again" (a notice about a thing).
const POLICY_SUBJECT =
  /(?<![a-z])(?:scheme|schemes|plan|plans|policy|policies|charges|fares|fees|tax|taxes|reform|reforms|changes|decision|budget|settlement|programme|strategy|motorways|limits|zones?|closures?|cuts|rise|increase|investment|proposals?|project|development|bypass|lanes?|ltn|parking|tariffs?|measures|rules|law|bill|deal|offer|approach|system|model|review|merger|restructure|checks|controls|quotas|regime|site|facility|scheme's|policy's)(?![a-z])/;
const VERDICT = /(?<![a-z])(?:is|are|was|were|will be|remains?|has been|have been)\s+(?:(?:completely|totally|entirely|perfectly|absolutely|simply|clearly|obviously|both|very|so)\s+)?(?:an? (?=[a-z]+(?:,| and| step| move| measure| decision| change| response)))?(fair|unfair|safe|unsafe|right|wrong|sensible|reasonable|unreasonable|necessary|unnecessary|justified|unjustified|effective|ineffective|modest|generous|excessive|proportionate|disproportionate|affordable|unaffordable|essential|vital|overdue|long overdue|pointless|misguided|flawed|a success|a failure|the right (?:thing|choice|call|approach|decision|one))(?![a-z])/g;

/** Whether the clause holding normStart opens with "if", "where", "when" and the like. */
function conditional(ctx: CheckContext, normStart: number): boolean {
  const sentence = ctx.sentenceAt(normStart);
  if (!sentence) return false;
  const clause = ctx.norm.slice(sentence.normStart, normStart).split(/[,;:]/).pop() ?? '';
  return /^\s*(?:where|if|when|whenever|wherever|unless|in case|in the event that)(?![a-z])/.test(clause)
    // "…talk to claimants when something doesn't add up": a condition inside the clause.
    || /(?<![a-z])(?:when|if|where|whenever|unless) (?:something|anything|things?|it|figures|numbers|a claim|the figures|the numbers)\s+$/.test(ctx.norm.slice(Math.max(0, normStart - 40), normStart));
}

// A sentence's opening before sympathy or an apology: a reply's handle and a greeting ("@gail_mcl Hi
// Gail, sorry you had…").
const OPENING = String.raw`^\W*(?:@\w+\s+)?(?:(?:hi|hello|dear|thanks|thank you)(?: [a-z'-]+)?[,.!]?\s+)?`;
// "Sorry to hear you've had a worrying letter": sympathy, not a verdict.
const SYMPATHY = new RegExp(`${OPENING}(?:sorry|we're sorry|we are sorry|we understand|we know)(?![a-z])`);
// "We're sorry that…": an apology carries no harsh verdict on the person it answers.
const APOLOGY = new RegExp(`${OPENING}(?:(?:we're|we are|we|i'm|i am|i)\s+)?(?:sorry|apologise|apologize)`);

const rule: Rule = {
  id: 'contestable-judgement',
  category: 'opinion-as-fact',
  phase: 'derived',
  description:
    'A contestable judgement stated as fact in an official voice: "irresponsible", "the sensible choice", "the best thing to happen in fifty years", critics dismissed. Corporate accounts only; ordinary warmth ("delighted to announce") is not this.',
  citation: SOURCES.gcsObjective,
  examples: {
    bad: [
      { text: 'The strike called by the union is irresponsible and completely unnecessary.', profile: { account: 'corporate' } },
      { text: 'The new parking scheme is a common-sense change that will be better for everyone.', profile: { account: 'corporate' } },
      { text: 'Whatever the critics say, this is the most ambitious plan in a generation.', profile: { account: 'corporate' } },
    ],
    good: [
      { text: "We're delighted to announce that the new library opens on Monday!", profile: { account: 'corporate' } },
      { text: 'The strike is irresponsible.', profile: { account: 'personal' } },
      { text: "Ade says the secret is 'lots of patience and a very big washing machine'.", profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    if (!ctx.corporate) return [];
    const hits: RuleHit[] = [];
    const own = ctx.amplifiedStart;
    const candidates = [...found(ctx, 'evaluative'), ...(ctx.norm.includes('work') ? ctx.matches(POLICY_VERDICT) : [])]
      .filter((m) => m.normStart < own && !insideQuotes(ctx, m.normStart))
      // "Where a monitor has failed, we say so on the map": a condition, not a verdict.
      .filter((m) => !conditional(ctx, m.normStart))
      // "Sorry to hear you've had a worrying letter": sympathy, not a verdict.
      .filter((m) => !SYMPATHY.test(ctx.sentenceAt(m.normStart)?.text ?? ''))
      // "Our unacceptable behaviour policy" is a policy's name.
      .filter((m) => m.text !== 'unacceptable behaviour' && (m.text !== 'unacceptable' || !/^\s+(?:behaviour|behavior|actions?|conduct) polic/.test(ctx.norm.slice(m.normEnd, m.normEnd + 24))))
      // A mistake owned ("We've made a mistake") or asked about ("Think there's a mistake on your title
      // register?") is not a verdict.
      .filter((m) => !/^(?:a mistake|an error|mistakes|errors)$/.test(m.text) || !(/(?<![a-z])(?:we|we've|we have|i|i've|i have)\s+(?:made|make)\s+$/.test(ctx.norm.slice(Math.max(0, m.normStart - 14), m.normStart)) || (ctx.sentenceAt(m.normStart)?.text.trimEnd().endsWith('?') ?? false)))
      // "an offence to intentionally or recklessly disturb an otter": the wording of an offence, not a verdict.
      .filter((m) => !/^reckless(?:ly)?$/.test(m.text) || !(/(?<![a-z])(?:intentionally|knowingly|deliberately|wilfully) or\s*$/.test(ctx.norm.slice(Math.max(0, m.normStart - 20), m.normStart)) || /^\s*or (?:intentionally|knowingly|deliberately|wilfully)(?![a-z])/.test(ctx.norm.slice(m.normEnd, m.normEnd + 20))))
      // "every report helps a school make the right call": a goal, not a verdict.
      .filter((m) => !/^the right (?:call|decision|choice)$/.test(m.text) || !/(?<![a-z])(?:make|makes|making|made|to take|take)\s*$/.test(ctx.norm.slice(Math.max(0, m.normStart - 8), m.normStart)))
      .sort((a, b) => a.normStart - b.normStart);
    for (const m of ctx.matches(VERDICT, 0, own)) {
      const i = ctx.sentenceIndexAt(m.normStart);
      const sentence = ctx.sentences[i];
      if (!sentence) continue;
      const subject = ctx.norm.slice(sentence.normStart, m.normStart);
      // "…is safe to use again", "…is fair to say": a notice or a figure of speech, not a verdict.
      if (/^\s+to\b/.test(ctx.norm.slice(m.normEnd, m.normEnd + 4))) continue;
      // "If you think the decision is wrong…": the reader's view, not the organisation's.
      if (/(?<![a-z])(?:think|thinks|believe|believes|feel|feels|consider|considers)(?: that)?(?: [a-z'-]+){0,4}\s*$/.test(subject)) continue;
      // "Why your harbour dues bill might have been wrong": an invoice, not a bill before Parliament.
      if (/(?<![a-z])(?:your|my|our|their|his|her|dues|tax|water|energy|gas|electricity|phone|rates|council tax) bills?\s+(?:(?:might|may|could|will|would)\s+)?$/.test(subject)) continue;
      if (POLICY_SUBJECT.test(subject) || /^\s*(?:this|that|it)\s*$/.test(subject.replace(/^.*[,;:]\s*/, ''))) candidates.push(m);
    }
    // Harsh judgement of a third party from an official account ("…and did precisely nothing").
    // Sentences that name an opponent, found once (not per sentence: long posts have thousands).
    const named = new Set(opponentMentions(ctx).filter((t) => !t.pronoun).map((t) => ctx.sentenceIndexAt(t.normStart)));
    const reply = /^\s*@\w/.test(ctx.text);
    for (const [i, sentence] of ctx.sentences.entries()) {
      if (sentence.normStart >= own) break;
      if (!named.has(i) && !reply) continue;
      const j = judgement(ctx, i);
      // Only harsh words about someone: a museum's "poison, pickpockets and a sinister umbrella" is not.
      const aimed = true;
      if (aimed && j.score <= -3 && j.worst && !APOLOGY.test(sentence.text)) candidates.push(j.worst);
    }
    // "…will save £310,000 a year with no impact at all on safety": a cut promised to cost nothing is
    // a verdict on it. ("The strike will have no impact on collections" is a notice, and not read.)
    if (/no |without any/.test(ctx.norm)) candidates.push(...ctx.matches(/(?<![a-z])(?:(?:with|at) no (?:impact|effect|loss|reduction|risk|harm|detriment)(?: (?:at all|whatsoever))? (?:on|to|of|for)|without any (?:loss|impact|reduction|harm|risk|effect|detriment)|no (?:impact|effect) (?:at all|whatsoever))(?![a-z])/g, 0, own));
    // "Wyndford is now the cleanest port in the UK": a league-table verdict in the official voice.
    candidates.push(...ctx.matches(/(?<![a-z])the [a-z]+est(?:-[a-z]+)? [a-z]+ (?:in (?:the )?(?:uk|country|region|county|world|britain|england|wales|scotland|north|south|europe)|anywhere in the world)(?![a-z])|(?<![a-z])the best [a-z ]{0,30}?anywhere in the world|(?<![a-z])(?:cleaner|better|safer|stronger|greener|fairer) than ever(?![a-z])/g, 0, own));
    candidates.sort((a, b) => a.normStart - b.normStart);
    const seen = new Set<number>();
    for (const m of candidates) {
      const sentence = ctx.sentenceAt(m.normStart);
      const key = sentence?.normStart ?? m.normStart;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({
        start: m.start,
        end: m.end,
        severity: 'warning',
        message: `"${ctx.text.slice(m.start, m.end)}" is a contestable judgement stated as fact from an official account.`,
        advice: 'Describe what is happening and what you are doing, with a link to the evidence, and leave the verdict to readers.',
      });
    }
    // An attack on opponents from an official account is also an opinion stated as fact.
    // Sentences already covered, so each attack adds at most one finding (a set, not a scan: long
    // posts have thousands of findings).
    const covered = new Set(hits.map((h) => ctx.sentenceIndexAt(ctx.normOffsetOf(h.start))));
    for (const f of ctx.findings) {
      if (f.category !== 'attacks-opponent' || f.severity === 'info') continue;
      const i = ctx.sentenceIndexAt(ctx.normOffsetOf(f.start));
      if (covered.has(i)) continue;
      covered.add(i);
      hits.push({
        start: f.start,
        end: f.end,
        severity: 'warning',
        message: 'Characterising opponents this way states an opinion as the organisation\'s fact.',
        advice: 'Set out the policy and the evidence for it; do not characterise those who disagree.',
        ...(f.target ? { target: f.target } : {}),
      });
    }
    // Endorsing a contested claim ("Well worth a read 👇" above a lobby group's verdict).
    if (!hits.length && amplifies(ctx) && amplifiedSignals(ctx).contested) {
      const at = ctx.amplifiedStart < ctx.norm.length ? ctx.span(ctx.amplifiedStart, ctx.norm.length) : { start: 0, end: ctx.text.length };
      hits.push({
        start: at.start,
        end: at.end,
        severity: 'warning',
        message: 'Sharing this from an official account presents a contested claim as the organisation\'s view.',
        advice: 'Share the neutral official source instead, or say nothing.',
      });
    }
    return hits;
  },
};

export default rule;
