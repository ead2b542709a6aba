// The word lists (data files). Entries are lower-case phrases: words separated by white space or
// hyphens, "*" at the end of a word for any ending ("disgrace*"), a lone "*" for any one word; they
// are matched in one walk over the draft's words (../phrase-index.ts, through signals/found.ts).

export interface LexiconFile {
  description: string;
  /** What the list deliberately leaves out, and why (the hard negatives). */
  leavesOut: string[];
  entries: string[];
}

import acronyms from './acronyms.json';
import attackPredicates from './attack-predicates.json';
import campaignActivity from './campaign-activity.json';
import contentiousTopics from './contentious-topics.json';
import councillorTitles from './councillor-titles.json';
import criticism from './criticism.json';
import disclaimers from './disclaimers.json';
import electionAdmin from './election-admin.json';
import employerReferences from './employer-references.json';
import evaluative from './evaluative.json';
import givenNames from './given-names.json';
import gossipCues from './gossip-cues.json';
import initiativeAnnouncements from './initiative-announcements.json';
import insults from './insults.json';
import insultsIfAimed from './insults-if-aimed.json';
import legalConclusions from './legal-conclusions.json';
import opinionMarkers from './opinion-markers.json';
import opponentTargets from './opponent-targets.json';
import parties from './parties.json';
import partisanHashtags from './partisan-hashtags.json';
import partisanNicknames from './partisan-nicknames.json';
import partyAmbiguous from './party-ambiguous.json';
import personalLife from './personal-life.json';
import personalLifeWeak from './personal-life-weak.json';
import profanity from './profanity.json';
import protectiveMarkings from './protective-markings.json';
import routineNotices from './routine-notices.json';
import sarcasmCues from './sarcasm-cues.json';
import secrecyCues from './secrecy-cues.json';
import sensitiveCircumstances from './sensitive-circumstances.json';
import streetTypes from './street-types.json';
import threadDependence from './thread-dependence.json';
import votingAdvice from './voting-advice.json';
import workplaceGrievances from './workplace-grievances.json';
import valenceSupplement from './valence-supplement.json';
import situationalWords from './situational-words.json';

export const LEXICONS = {
  acronyms,
  'attack-predicates': attackPredicates,
  'campaign-activity': campaignActivity,
  'contentious-topics': contentiousTopics,
  'councillor-titles': councillorTitles,
  criticism,
  disclaimers,
  'election-admin': electionAdmin,
  'employer-references': employerReferences,
  evaluative,
  'given-names': givenNames,
  'gossip-cues': gossipCues,
  'initiative-announcements': initiativeAnnouncements,
  insults,
  'insults-if-aimed': insultsIfAimed,
  'legal-conclusions': legalConclusions,
  'opinion-markers': opinionMarkers,
  'opponent-targets': opponentTargets,
  parties,
  'partisan-hashtags': partisanHashtags,
  'partisan-nicknames': partisanNicknames,
  'party-ambiguous': partyAmbiguous,
  'personal-life': personalLife,
  'personal-life-weak': personalLifeWeak,
  profanity,
  'protective-markings': protectiveMarkings,
  'routine-notices': routineNotices,
  'sarcasm-cues': sarcasmCues,
  'secrecy-cues': secrecyCues,
  'sensitive-circumstances': sensitiveCircumstances,
  'street-types': streetTypes,
  'thread-dependence': threadDependence,
  'voting-advice': votingAdvice,
  'workplace-grievances': workplaceGrievances,
  'valence-supplement': valenceSupplement,
  'situational-words': situationalWords,
} satisfies Record<string, LexiconFile>;

export type LexiconName = keyof typeof LEXICONS;

/** The set of entries, for exact word look-ups (names, acronyms, street types). */
const sets = new Map<LexiconName, Set<string>>();
export function lexiconSet(name: LexiconName): Set<string> {
  let set = sets.get(name);
  if (!set) {
    set = new Set(LEXICONS[name].entries.map((e) => e.toLowerCase()));
    sets.set(name, set);
  }
  return set;
}

