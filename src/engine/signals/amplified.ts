// What a repost or quote amplifies: the inline "RT @x: …" / "> @x: …" part of the draft, and the
// separately captured Draft.quoted, checked as a post of its own.
import { CheckContext } from '../context';
import { found } from './found';
import { judgement } from './valence';
import { partisanSignals, strongPartisan } from './partisan';

export function amplifies(ctx: CheckContext): boolean {
  return (
    ctx.draft.kind === 'repost' ||
    ctx.draft.kind === 'quote' ||
    ctx.amplifiedStart < ctx.norm.length ||
    (typeof ctx.draft.quoted === 'string' && ctx.draft.quoted.trim() !== '')
  );
}

/** A context over Draft.quoted, or undefined when the quoted text is inline or absent. */
export function quotedContext(ctx: CheckContext): CheckContext | undefined {
  return ctx.memo('quotedCtx', () => {
    const quoted = ctx.draft.quoted;
    if (typeof quoted !== 'string' || !quoted.trim()) return undefined;
    return new CheckContext({ text: quoted, platform: ctx.draft.platform, kind: 'post', postedAt: ctx.draft.postedAt }, ctx.profile);
  });
}

export interface AmplifiedSignals {
  partisan: boolean;
  /** A party, politician, vote or party hashtag among the partisan signals, not only campaigning. */
  party: boolean;
  campaigning: boolean;
  contested: boolean;
  /** A short description of what is amplified, for the message. */
  what?: string;
  /** The account amplified, e.g. "@HarrowfieldLabour". */
  source?: string;
}

const CAMPAIGN = /(?<![a-z])(?:petition|sign (?:our|the|it)|march (?:with|against)|protest|boycott|campaign(?:ing)?|rally|join us|scrap (?:it|them)|war on|agenda|vote|cuts|fibs|lies|truth|what they didn't tell you|tell the council|tell the cabinet|tell your mp|you back it|can't come soon enough|write to|email your|shame on|hands off|enough is enough|has failed|have failed|come to our|take control|sold out|shameful|disgraceful|strike fund|hardship fund|join the picket|who runs this)(?![a-z])/;

export function amplifiedSignals(ctx: CheckContext): AmplifiedSignals {
  return ctx.memo('amplifiedSignals', () => {
    const result: AmplifiedSignals = { partisan: false, party: false, campaigning: false, contested: false };
    const sourceMatch = /@([a-z0-9_]{2,30})/i.exec(ctx.text.slice(ctx.normalised.map[ctx.amplifiedStart] ?? ctx.text.length));
    if (sourceMatch) result.source = `@${sourceMatch[1]}`;
    const contexts: { c: CheckContext; from: number }[] = [];
    if (ctx.amplifiedStart < ctx.norm.length) contexts.push({ c: ctx, from: ctx.amplifiedStart });
    const q = quotedContext(ctx);
    if (q) contexts.push({ c: q, from: 0 });
    for (const { c, from } of contexts) {
      // The amplified text, sliced once: a long quoted post is otherwise copied for every test below.
      const rest = c.norm.slice(from);
      const strong = strongPartisan(c).filter((s) => s.normStart >= from);
      const politician = partisanSignals(c).some((s) => s.normStart >= from && (s.kind === 'politician' || s.kind === 'party'));
      // A party's own account ("@GreenerBritainParty", "@RavensmoorLabour") is partisan whatever it says.
      // (Read for official accounts only: on a personal account the rules weigh a party's content by
      // what it says and who is sharing it.)
      // (The party's name must be a word of the handle: "@RavensmoorLabour", "@labourdunmore", not
      // "@HolkerStreetHistory".)
      const restOriginal = c.text.slice(c.normalised.map[from] ?? c.text.length);
      const partyHandle = ctx.corporate && (/@[a-z0-9_]{2,}party(?![a-z0-9_])|@(?:labour|tories|tory|conservatives|libdems?|snp)[a-z0-9_]*|@(?:reformuk|plaidcymru|thegreenparty)(?![a-z])/.test(rest) || /@[A-Za-z0-9_]*?(?:Labour|LABOUR|Tories|Tory|TORY|Conservatives|LibDems?|SNP)(?![a-z])/.test(restOriginal));
      if (strong.length || (politician && CAMPAIGN.test(rest)) || partyHandle) {
        result.partisan = true;
        if (politician || partyHandle || strong.some((s) => s.kind !== 'campaign')) result.party = true;
        result.what ??= 'partisan content';
      }
      // Campaign accounts by their names: "@YesToTheTram", "@StopTheQuarry", "@SaveOurPool".
      // The prefix must be a word of its own, by its capital or its next word ("@SaveOurPool",
      // "@stopthequarry"): "@NODS_Donors", "@BanburyTC" and "@Handsworth" are not campaigns.
      const restText = c.text.slice(c.normalised.map[from] ?? c.text.length);
      const campaignHandle =
        (/@(?:[Yy]es|[Nn]o|[Ss]top|[Ss]ave|[Vv]ote|[Ff]ight|[Bb]an|[Ss]crap|[Kk]eep|[Ff]air|[Jj]ustice|[Aa]ction|[Cc]ampaign|[Hh]ands)(?:[A-Z0-9_]|(?:our|the|to|more|all|off)[a-z0-9_])/.test(restText) ||
          /@[a-z0-9_]{2,}(?:campaign|action|alliance|coalition|petition|protest|truth)[a-z0-9_]*/.test(rest) ||
          // A candidate's campaign account: "@OkoroForMayor", "@Vote_Patel4PCC".
          /@[A-Za-z0-9_]{2,}(?:For|4)(?:Mayor|MP|PCC|Council|Leader|Provost|Councillor|Ward)(?![a-z])/.test(restText)) &&
        !/@(?:no(?:tices?|tifications?|rth)|fairfield|keeping|saved)/.test(rest);
      // "Cast your vote for the people's choice award": in a competition, "vote" is not campaigning.
      const contest = /(?<![a-z])(?:awards?|shortlist\w*|competition|people's choice|of the year|in bloom|prize)(?![a-z])/.test(rest);
      // "Roads will be busy because of a planned protest; allow extra time": a notice about a protest
      // (travel, closures) tells people what is happening, it does not join it.
      const notice = /(?<![a-z])(?:allow extra time|avoid the area|road closures?|roads? (?:will be|are|is) (?:closed|busy)|diversions? (?:will be|are|is)? ?in place|expect delays|plan your journey)(?![a-z])/.test(rest);
      // "Reminder: the deadline to apply for a postal vote…": electoral administration, not a side.
      const admin = found(c, 'election-admin').some((m) => m.normStart >= from);
      let campaignText = contest || admin ? rest.replace(/(?<![a-z])vot(?:e|es|ing)(?![a-z])/g, '') : rest;
      if (notice) campaignText = campaignText.replace(/(?<![a-z])(?:protest|march|rally|campaign(?:ing)?)(?![a-z])/g, '');
      if (CAMPAIGN.test(campaignText) || campaignHandle) {
        result.campaigning = true;
        result.what ??= 'campaigning content';
      }
      const evaluative =
        found(c, 'evaluative').some((m) => m.normStart >= from) ||
        /(?<![a-z])(?:proves?|proven|should be scrapped|must be scrapped|must go|crushing|wrecked|join our campaign|scrap it|the truth about)(?![a-z])/.test(rest) ||
        c.sentences.some((s, i) => s.normStart >= from && judgement(c, i).score <= -3);
      const attack = found(c, 'attack-predicates').some((m) => m.normStart >= from);
      if (evaluative || attack) {
        result.contested = true;
        result.what ??= 'a contested claim';
      }
    }
    return result;
  });
}
