import type { CheckContext } from '../engine/context';
import type { FeatureProfile } from '../engine/model/features';
import { learnedModel } from '../engine/model/model';
import { SOURCES } from '../engine/sources';
import type { Category, Citation, Rule, RuleHit } from '../engine/types';
import { partyPoliticsApplies } from './partisan-content';
import { NOT_CONTENT, laterPartOfThread } from './thread-fragment';

// What the rules' word lists and patterns cannot spell out: a dig in a subordinate clause, a
// loaded word, an insinuation. A model learned from about 15,000 labelled drafts
// (scripts/train-model.mjs, src/engine/model/) scores the draft for each category, and a category
// it is confident of (probability over the threshold stored with its weights, 0.65) is raised as a
// warning on the sentence that scores highest, unless another rule already raised that category. It
// never raises anything serious: it points at a passage for a second look; the rules carry the
// certainties.
//
// Long texts (a blog post) are scored a passage at a time, as the model was trained on posts.

const PASSAGE_CHARS = 1_500;

interface Explanation {
  message: string;
  advice: string;
  citation: Citation;
}

const EXPLAIN: Record<Category, Explanation> = {
  'party-political': {
    message: 'This reads as taking a side in party politics.',
    advice: 'Describe what the policy or decision does, without judging the party or politician behind it.',
    citation: SOURCES.cscImpartiality,
  },
  'opinion-as-fact': {
    message: 'This reads as a contestable judgement stated as fact.',
    advice: 'Say what was decided, what it does and for whom; leave the verdict out or attribute it.',
    citation: SOURCES.gcsObjective,
  },
  'attacks-opponent': {
    message: 'This reads as a swipe at critics, opponents or another organisation.',
    advice: 'Answer the point, not the people making it.',
    citation: SOURCES.gcsAttacks,
  },
  'legal-claim': {
    message: 'This reads as a legal conclusion about someone.',
    advice: 'State the facts and the process; leave legal findings to those who make them.',
    citation: SOURCES.gcsIfInDoubt,
  },
  'unsourced-claim': {
    message: 'This reads as a factual claim without a source.',
    advice: 'Link or name the source of the figure or claim.',
    citation: SOURCES.gcsObjective,
  },
  confidential: {
    message: 'This reads as sharing information that may not be public yet.',
    advice: 'Check it has been published or cleared for release before posting.',
    citation: SOURCES.cscIntegrityDisclosure,
  },
  'personal-data': {
    message: 'This reads as identifying someone, or sharing details about them.',
    advice: 'Leave out names and details that could identify a resident, customer or colleague.',
    citation: SOURCES.dataProtection,
  },
  'employer-criticism': {
    message: 'This reads as criticism of your employer or colleagues in public.',
    advice: 'Raise it through your line manager or the proper channel rather than in a post.',
    citation: SOURCES.cscProfessional,
  },
  tone: {
    message: 'The tone here may read as mocking, hostile or unprofessional.',
    advice: 'Would you say it to their face, with your name on it? Say it as you would to them.',
    citation: SOURCES.managementCodeModeration,
  },
  'personal-professional-blur': {
    message: 'This mixes your personal views or life with your official role.',
    advice: 'Keep personal views off official accounts, and your job title off personal opinions.',
    citation: SOURCES.commissionSocialMedia,
  },
  'disclaimer-reliance': {
    message: 'A "views my own" disclaimer does not make a post like this acceptable.',
    advice: 'Judge the post as if your employer were named in it.',
    citation: SOURCES.commissionSocialMedia,
  },
  endorsement: {
    message: 'This reads as endorsing a business, campaign or partisan message.',
    advice: 'Say what the service or event is without recommending it; do not pass on partisan posts.',
    citation: SOURCES.cscImpartiality,
  },
  timing: {
    message: 'The timing of this post may make it read as a hasty or unauthorised statement.',
    advice: 'Schedule it for working hours, or have it cleared first.',
    citation: SOURCES.gcsIfInDoubt,
  },
  'election-period': {
    message: 'During an election period, this may read as publicity for a candidate or party.',
    advice: 'Hold it until after polling day, or check it with the elections or communications team.',
    citation: SOURCES.publicityCode,
  },
  'thread-fragment': {
    message: 'Read on its own, this part of a thread may be misunderstood.',
    advice: 'Make each post stand on its own, or say it in one post.',
    citation: SOURCES.gcsIfInDoubt,
  },
};

function featureProfile(ctx: CheckContext): FeatureProfile {
  const { profile, draft } = ctx;
  return { account: profile.account, role: profile.role, restricted: profile.restricted, electionPeriod: profile.electionPeriod, kind: draft.kind, time: ctx.time };
}

/** Sentence index ranges of at most about PASSAGE_CHARS each; a short draft is one passage. */
function passages(ctx: CheckContext): [number, number][] {
  const sentences = ctx.sentences;
  if (ctx.norm.length <= PASSAGE_CHARS) return sentences.length ? [[0, sentences.length]] : [];
  const out: [number, number][] = [];
  let first = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (i > first && sentences[i]!.normEnd - sentences[first]!.normStart > PASSAGE_CHARS) {
      out.push([first, i]);
      first = i;
    }
  }
  if (first < sentences.length) out.push([first, sentences.length]);
  return out;
}

/** Something risky in the content itself has been raised, not only when or where it is posted. */
const contentious = (raised: ReadonlySet<Category>) => [...raised].some((other) => !NOT_CONTENT.has(other));

/** Categories that only exist in some circumstances, or for some posters (RULES.md), whatever the words say. */
function possible(ctx: CheckContext, category: Category, raised: ReadonlySet<Category>): boolean {
  switch (category) {
    case 'election-period':
      // Official posts, and personal posts by politically restricted staff (RULES.md).
      return ctx.profile.electionPeriod && (ctx.corporate || ctx.profile.restricted);
    case 'party-political':
      // A politically free officer may campaign in their own name, without the job.
      return partyPoliticsApplies(ctx);
    case 'thread-fragment':
      // A later part of a thread that makes a contentious point (RULES.md).
      return laterPartOfThread(ctx) && contentious(raised);
    case 'opinion-as-fact':
    case 'unsourced-claim':
      // Corporate accounts only: a personal opinion is not stated in an official voice.
      return ctx.corporate;
    case 'employer-criticism':
      return ctx.personal;
    case 'timing': {
      // Corporate accounts, as out-of-hours-statement: after 8pm, before 7am, or at the weekend.
      // A contentious statement, not a routine notice: something in the content has been raised.
      const time = ctx.time;
      return ctx.corporate && contentious(raised) && time !== null && (time.hour >= 20 || time.hour < 7 || time.weekday === 0 || time.weekday === 6);
    }
    case 'disclaimer-reliance':
      // Personal accounts, and only beside something risky.
      return ctx.personal && contentious(raised);
    default:
      return true;
  }
}

const rule: Rule = {
  id: 'learned-patterns',
  category: 'opinion-as-fact',
  phase: 'derived',
  defers: true,
  description:
    'Categories a model learned from about 15,000 labelled drafts is confident of, where no other rule raised them: subtle digs, loaded words and insinuations that word lists miss. Warnings only, on the sentence that reads most like the category.',
  citation: SOURCES.gcsObjective,
  examples: {
    bad: [
      {
        text: 'The same tired campaigners who oppose every scheme are at it again, and residents deserve better than their noise.',
        profile: { account: 'corporate' },
        note: 'attacks-opponent',
      },
      {
        text: 'As a council officer I can tell you the new parking scheme is a total con. Views my own.',
        profile: { account: 'personal', role: 'local-gov-officer' },
        note: 'employer-criticism',
      },
    ],
    good: [
      { text: 'The library on Mill Road will open an hour later on Monday while the heating is repaired.', profile: { account: 'corporate' } },
      { text: 'Lovely walk along the canal this morning with the dog. Autumn colours are out!', profile: { account: 'personal' } },
    ],
  },
  check(ctx) {
    const model = learnedModel();
    const profile = featureProfile(ctx);
    const raised = new Set<Category>(ctx.findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.category));
    // A rule's note is its verdict on that category too (a free officer sharing their party's post).
    const decided = new Set<Category>(ctx.findings.map((finding) => finding.category));
    const hits: RuleHit[] = [];
    const sentences = ctx.sentences;
    for (const [first, last] of passages(ctx)) {
      const from = sentences[first]!.normStart;
      const to = sentences[last - 1]!.normEnd;
      // The passage, and each of its sentences as if on its own (from the same reading of the words,
      // only if a category fires).
      const scored = model.scoreParts(
        ctx.norm.slice(from, to),
        profile,
        sentences.slice(first, last).map((sentence) => [sentence.normStart - from, sentence.normEnd - from] as const),
      );
      const scores = scored.total;
      let bySentence: Float64Array[] | undefined;
      model.categories.forEach((category, c) => {
        if (scores[c]! <= model.threshold || decided.has(category)) return;
        if (!possible(ctx, category, raised)) return;
        // The passage's sentence that, on its own, reads most like the category.
        let best = first;
        if (last - first > 1) {
          bySentence ??= sentences.slice(first, last).map((_, k) => scored.part(k));
          for (let i = first + 1; i < last; i++) if (bySentence[i - first]![c]! > bySentence[best - first]![c]!) best = i;
        }
        const sentence = sentences[best]!;
        const { message, advice, citation } = EXPLAIN[category];
        // Once per draft: a later passage does not raise the category again.
        raised.add(category);
        decided.add(category);
        hits.push({ start: sentence.start, end: sentence.end, severity: 'warning', category, message, advice, citation });
      });
    }
    return hits;
  },
};

export default rule;
