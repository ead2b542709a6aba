// Every built-in rule, registered once. A rule's id is its file name (checked by rules.meta.test.ts).
// Primary rules run first; derived rules (phase 'derived') then see their findings.
import type { Rule } from '../engine/types';
import commercialEndorsement from './commercial-endorsement';
import confidentialDisclosure from './confidential-disclosure';
import contestableJudgement from './contestable-judgement';
import disclaimerNoShield from './disclaimer-no-shield';
import electionPeriodPublicity from './election-period-publicity';
import employerCriticism from './employer-criticism';
import gossipAndRumour from './gossip-and-rumour';
import insultOrMockery from './insult-or-mockery';
import learnedPatterns from './learned-patterns';
import legalConclusion from './legal-conclusion';
import officialRoleOpinion from './official-role-opinion';
import opponentAttack from './opponent-attack';
import outOfHoursStatement from './out-of-hours-statement';
import partisanAmplification from './partisan-amplification';
import partisanContent from './partisan-content';
import personalDetails from './personal-details';
import personalLifeOnOfficialAccount from './personal-life-on-official-account';
import protectiveMarking from './protective-marking';
import shouting from './shouting';
import threadFragment from './thread-fragment';
import unsourcedStatistic from './unsourced-statistic';

export const rules: readonly Rule[] = [
  partisanContent,
  opponentAttack,
  legalConclusion,
  unsourcedStatistic,
  protectiveMarking,
  confidentialDisclosure,
  personalDetails,
  employerCriticism,
  insultOrMockery,
  shouting,
  gossipAndRumour,
  personalLifeOnOfficialAccount,
  officialRoleOpinion,
  partisanAmplification,
  commercialEndorsement,
  contestableJudgement,
  // Derived, after contestable-judgement: it reads verdicts stated as fact.
  electionPeriodPublicity,
  // It raises only the categories that no other rule raises (it defers: check.ts drops its
  // finding in a category a rule also raised).
  learnedPatterns,
  // After the learned patterns: these three are about how a risky post is made (when, in a thread,
  // behind a disclaimer), so they read what everything else found, the learned patterns included.
  outOfHoursStatement,
  disclaimerNoShield,
  threadFragment,
];
