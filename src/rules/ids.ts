// The built-in rule ids, in list order, for code that needs the names without the rules
// themselves (the organisation policy merge, which the popup also loads). rules.meta.test.ts keeps
// this list equal to src/rules/index.ts.
export const RULE_IDS: readonly string[] = [
  'partisan-content',
  'opponent-attack',
  'legal-conclusion',
  'unsourced-statistic',
  'protective-marking',
  'confidential-disclosure',
  'personal-details',
  'employer-criticism',
  'insult-or-mockery',
  'shouting',
  'gossip-and-rumour',
  'personal-life-on-official-account',
  'official-role-opinion',
  'partisan-amplification',
  'commercial-endorsement',
  'contestable-judgement',
  'election-period-publicity',
  'learned-patterns',
  'out-of-hours-statement',
  'disclaimer-no-shield',
  'thread-fragment',
];
