import type { Match } from '../engine/context';
import type { Rule, RuleHit } from '../engine/types';
import { SOURCES } from '../engine/sources';
import { capitalisedAt, found, groupBySentence } from '../engine/signals/found';
import { addressesSomeone, opponentMentions, replyHandle, targetText, type Target } from '../engine/signals/targets';
import { judgement, praises, putDowns, POLARITY_OF_SENTENCE } from '../engine/signals/valence';
import { insideQuotes } from '../engine/signals/quotes';

// Predicates that carry their own target ("paid agitators", "those who want to block…").
const SELF_TARGETED = /^(?:more interested in headlines|interested in headlines|days of action|so-called|agitators|usual suspects|truth[ -]twisters|in no position to lecture|no position to lecture|anyone who says otherwise|no thanks to|(?:this )?latest stunt|scare stories|imaginative claims|(?:claims|stories) doing the rounds|some of us actually care|f(?:ou|i)nds? it convenient to|finally seen sense|finally seeing sense|wasting everyone's time|lifted straight from|never seemed (?:terribly |remotely )?interested|any(?:one|body) saying otherwise|anyone who disagrees|despite the best efforts of (?:certain|some|a few|those)|best efforts to score points|complaining loudest|putting students before politics|playing politics with|picket line heroes|not put forward a single credible|cynical stunt|a stunt by people|nothing but obstructive|would have you believe|only a dogmatist|would argue otherwise|scaremongering|scaremongers|a noisy few|the noisy few|just want a headline|just want headlines|doom merchants|doom-mongers|doommongers|prophets of doom|a noisy petition|noisy minority|however many times the same people|(?:irresponsible|shoddy|lazy) journalism|shouting loudest|moaning loudest|talk(?:ing)? the (?:city|town|borough) down|nobody sensible|no one sensible|nobody who understands|no one who understands|those who disagree|rent-?a-?mob|wreckers|troublemakers|trouble makers|militant\w*|dinosaurs|moaners)$/;

// "The Stop the Incinerator lot", "Save Our Libraries campaign": named campaigns as targets.
const NAMED_CAMPAIGN = /(?<![a-z])(?:the )?(?:save|stop|protect|defend|hands off|friends of|no to|keep) (?:our |the )?[a-z'-]+(?: [a-z'-]+)?(?: campaign(?:ers)?| group| lot| crowd| brigade)?(?![a-z])/g;
const THE_X_LOT = /(?<![a-z])the [a-z' -]{2,40}? (?:lot|crowd|brigade|mob)(?![a-z])/g;
// "the anti-LTN lot", "the pro-incinerator crowd": named by what they oppose or back.
const ANTI_PRO = /(?<![a-z])the (?:anti|pro)-[a-z0-9-]+ (?:lot|crowd|brigade|mob|campaigners|protesters|brigade|lobby|activists)(?![a-z])/g;

const NAME_CALLING = /^(?:dinosaurs|moaners|wreckers|troublemakers|trouble makers)$/;
const REPORTED_VIEW = /(?<![a-z])(?:think|thinks|believe|believes|feel|feels|consider|considers)(?: that)?(?: (?:the|this|our|your|a|an|their))?(?: [a-z'-]+){0,3} $/;

const rule: Rule = {
  id: 'opponent-attack',
  category: 'attacks-opponent',
  description:
    'Goes after the motives, tactics or character of people who oppose or criticise policy (unions, campaigners, journalists, opposition politicians), including veiled forms ("those who want to block progress").',
  citation: SOURCES.gcsAttacks,
  examples: {
    bad: [
      { text: 'Some campaigners would rather spread fear than read the plans.', profile: { account: 'corporate' } },
      { text: '@reporter_jo Your article is wrong and you know it. You twisted our figures to suit your agenda.', profile: { account: 'corporate' }, draft: { kind: 'reply' } },
      { text: 'We will not be deflected by those who want to stir up opposition for their own ends.', profile: { account: 'corporate' } },
      { text: 'The union bosses are a bunch of dinosaurs holding parents to ransom.' },
    ],
    good: [
      { text: "We've received the union's response to the pay offer and will reply once we have considered it.", profile: { account: 'corporate' } },
      { text: 'We welcome the committee\'s scrutiny and will respond to its recommendations.', profile: { account: 'corporate' } },
      { text: 'We know people feel strongly about these plans and we want to hear all views.', profile: { account: 'corporate' } },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const own = ctx.amplifiedStart;
    const handle = replyHandle(ctx);
    const targets: Target[] = [...opponentMentions(ctx)];
    for (const m of ctx.matches(ANTI_PRO, 0, own)) targets.push({ ...m, pronoun: false });
    for (const m of [...ctx.matches(NAMED_CAMPAIGN), ...ctx.matches(THE_X_LOT)]) {
      if (m.normStart >= own) continue;
      // A named campaign is written with capitals ("Stop the Incinerator"); "stop the spread" is not.
      const words = ctx.text.slice(m.start, m.end).split(/\s+/).filter((w) => !/^(?:the|our|of|to|off)$/i.test(w));
      if (words.length >= 2 && words.every((w) => capitalisedAt(ctx, ctx.text.indexOf(w, m.start)) || /^(?:lot|crowd|brigade|campaign|campaigners|group)$/i.test(w))) targets.push({ ...m, pronoun: false });
    }
    // "the Hard Shoulder Now campaign", "the Save Our Keepers crowd", "the Riverside Landlords' Association": a campaign or lobby by its capitalised name.
    if (/ (?:campaign|campaigners|crowd|brigade|lot|association|federation|alliance|lobby)(?![a-z])/.test(ctx.norm)) {
      for (const n of ctx.text.matchAll(/(?<![A-Za-z])[Tt]he ((?:[A-Z][A-Za-z'’-]+ ){1,4})(?:campaign|campaigners|crowd|brigade|lot|[Aa]ssociation|[Ff]ederation|[Aa]lliance|[Ll]obby)(?![A-Za-z])/g)) {
        const normStart = ctx.normOffsetOf(n.index);
        if (normStart >= own) continue;
        targets.push({ ...ctx.matchAt(normStart, ctx.normOffsetOf(n.index + n[0].length)), pronoun: false });
      }
    }
    const targetsBySentence = groupBySentence(ctx, targets);
    const seen = new Set<number>();
    const raise = (sentenceIndex: number, target: string, evidence: { start: number; end: number }) => {
      const sentence = ctx.sentences[sentenceIndex]!;
      seen.add(sentenceIndex);
      hits.push({
        start: sentence.start,
        end: sentence.end,
        severity: ctx.corporate ? 'serious' : 'warning',
        message: `This goes after the motives or character of ${target} ("${ctx.text.slice(evidence.start, evidence.end)}") rather than the policy.`,
        advice: 'Defend the policy with facts and a link; leave out what you think of those who oppose it.',
        target,
      });
    };
    // A job advert describes the people it serves and wants ("explain the process to people who have
    // never been near a tribunal", "people with a degree"): it attacks no one.
    const recruiting = /^\W*(?:we're|we are) (?:hiring|recruiting)(?![a-z])/.test(ctx.norm);
    // 1. What is said goes to motives, tactics or character, and someone is named or addressed.
    for (const p of recruiting ? [] : [...found(ctx, 'attack-predicates'), ...putDowns(ctx)].sort((a, b) => a.normStart - b.normStart)) {
      if (p.normStart >= own) continue;
      // A colleague quoted in a profile ("'They'll spot it if you're pretending,' says Tom") speaks for themselves.
      if (insideQuotes(ctx, p.normStart)) continue;
      const i = ctx.sentenceIndexAt(p.normStart);
      const sentence = ctx.sentences[i];
      if (!sentence || seen.has(i)) continue;
      if (POLARITY_OF_SENTENCE.test(p.text) && praises(ctx, i)) continue;
      // "Dinosaurs on Monday, pirates on Wednesday": a name-calling word said of no one is literal.
      if (NAME_CALLING.test(p.text) && !/(?<![a-z])(?:are|were|is|bunch of|load of|lot of|like|such|those|these|the usual|what|you)\s*$/.test(ctx.norm.slice(Math.max(0, p.normStart - 12), p.normStart))) continue;
      // What the reader may think ("if you think the decision is wrong, ask for a review") is not an attack.
      if (REPORTED_VIEW.test(ctx.norm.slice(Math.max(0, p.normStart - 40), p.normStart))) continue;
      // "…anyone who disagrees hasn't tried one 😄": a smiling boast about a typewriter, not a dig.
      if (/^any(?:one|body) (?:who says|saying|who disagrees) ?(?:otherwise)?$/.test(p.text) && /[😄😀😁🙂😊]/u.test(ctx.text.slice(sentence.start, Math.min(ctx.text.length, sentence.end + 3))) && !(targetsBySentence.get(i) ?? []).some((t) => !t.pronoun)) continue;
      // "…and I will fight anyone who says otherwise 🐦": the writer's own joke about a photo.
      if (/^any(?:one|body) (?:who says|saying) otherwise$/.test(p.text) && /(?<![a-z])(?:i will|i'll|i would|i'd) (?:fight|arm-wrestle|duel|race|challenge)\s+$/.test(ctx.norm.slice(Math.max(0, p.normStart - 24), p.normStart))) continue;
      // "…anyone who disagrees can fight me 🍍": a dare about pizza, the writer's own joke.
      if (/^any(?:one|body) (?:who says|saying|who disagrees)/.test(p.text) && /^\s*(?:otherwise\s*)?(?:can|is welcome to|may) (?:fight|@|at|meet|come at|arm-wrestle) me(?![a-z])/.test(ctx.norm.slice(p.normEnd, p.normEnd + 30))) continue;
      // "You're right, the figure in our earlier post was wrong, sorry": a correction, not an attack.
      // (So is a mistake owned with the apology in the next sentence: "For a number of them this was
      // wrong: a mismatch between our records… We are sorry.")
      if (/(?<![a-z])(?:sorry|apologi[sz]e|apologies|you're right|you are right|our mistake|our error|we got it wrong)(?![a-z])/.test(sentence.text)) continue;
      if (/(?<![a-z])(?:our|we)(?![a-z])/.test(sentence.text) && /^\W*(?:we are|we're|we're very|we are very|we are so|we're so|i am|i'm) (?:very |so |truly |deeply )?(?:sorry|apologi)/.test(ctx.sentences[i + 1]?.text ?? '')) continue;
      // "…and we were wrong about half of them": owning a mistake is not an attack.
      if (/(?<![a-z])(?:we|i)\s*$/.test(ctx.norm.slice(Math.max(0, p.normStart - 6), p.normStart))) continue;
      const inSentence = (targetsBySentence.get(i) ?? []).filter((t) => t.normEnd <= sentence.normEnd);
      let target: string | undefined;
      if (inSentence.length) target = targetText(ctx, inSentence.find((t) => !t.pronoun) ?? inSentence[0]!);
      else if (handle && addressesSomeone(ctx, sentence.normStart, sentence.normEnd)) target = handle;
      else if (SELF_TARGETED.test(p.text)) target = ctx.text.slice(p.start, p.end);
      if (target) raise(i, target, p);
    }
    // 2. An official account reposting or quoting an attack makes it its own ("RT @Group: the
    // importers lobbying against checks are happy to gamble with livestock. Shame on them.").
    if (ctx.corporate && own < ctx.norm.length && !hits.length) {
      const attack = found(ctx, 'attack-predicates').find((p) => {
        if (p.normStart < own) return false;
        const sentence = ctx.sentences[ctx.sentenceIndexAt(p.normStart)];
        return !!sentence && /(?<![a-z])(?:they|them|their|those|who|lobby\w*|campaigners?|critics|unions?|protesters|objectors|opponents|importers|firms|companies|developers|landlords|owners)(?![a-z])/.test(sentence.text);
      });
      if (attack) {
        const at = ctx.span(own, ctx.norm.length);
        hits.push({
          ...at,
          severity: 'serious',
          message: `Sharing this attack ("${ctx.text.slice(attack.start, attack.end)}") makes it the organisation's own.`,
          advice: 'Share the neutral facts, not what others say about their opponents.',
        });
      }
    }
    // A named opponent laughed at from an official account ("Sorry, lagoon critics: the tide comes in
    // twice a day 😂").
    if (ctx.corporate) for (const [i, list] of targetsBySentence) {
      if (seen.has(i) || i < 0) continue;
      const named = list.find((t) => !t.pronoun && t.normStart < own && /critic|campaign|protest|objector|opposition|opponent|naysayer|union|striker/.test(t.text));
      const s = ctx.sentences[i];
      if (named && s && /😂|🤣|🤡/u.test(ctx.text.slice(s.start, Math.min(ctx.text.length, s.end + 4)))) raise(i, targetText(ctx, named), named);
    }
    // 3. A named opponent in a sentence that judges harshly ("the hacks at the Ledger are liars").
    for (const [i, list] of targetsBySentence) {
      if (seen.has(i) || i < 0) continue;
      const named = list.find((t) => !t.pronoun && t.normStart < own);
      if (!named) continue;
      // Empathy is not an attack: "We know this is disappointing news for campaigners".
      if (/^(?:we know|we understand|we appreciate|we recognise|we realise|we're sorry|we are sorry|sorry|we apologise|we share)/.test(ctx.sentences[i]!.text)) continue;
      const j = judgement(ctx, i);
      // The word naming them is not a judgement of them ("Strikers at the depot this morning").
      if (j.worst && j.worst.normStart >= named.normStart && j.worst.normEnd <= named.normEnd) continue;
      // What they report is theirs, not said of them ("The Gazette reports that works have stalled").
      if (j.worst && j.worst.normStart > named.normEnd && /(?<![a-z])(?:reports?|reported|says|said|claims?|claimed|writes|wrote|states?|stated|asks?|asked)(?: that)?(?![a-z])/.test(ctx.norm.slice(named.normEnd, j.worst.normStart))) continue;
      // Nor is the name of what they are doing ("The union's overtime ban starts on Monday").
      if (j.worst && /^(?:ban|bans|strike|strikes|walkout|walkouts|dispute|ballot|action|protest|protests|boycott)$/.test(j.worst.text)) continue;
      // In a long list sentence the harsh word may belong to another clause ("…on a tablet that hates the
      // rain, and helped a lost Duke of Edinburgh group…"): it must come near whoever is named.
      if (j.worst && Math.abs(j.worst.normStart - named.normStart) > 100 && !list.some((t) => !t.pronoun && Math.abs(j.worst!.normStart - t.normStart) <= 100)) continue;
      if (j.score <= -2 && j.worst) raise(i, targetText(ctx, named), j.worst);
    }
    return hits;
  },
};

export default rule;
