// The contracts of docs DESIGN.md: what is checked (Draft), who is posting (Profile) and what is
// raised (Finding). Everything in src/engine and src/rules is pure TypeScript: no browser or Node APIs.

export const PLATFORMS = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'threads', 'blog', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const POST_KINDS = ['post', 'reply', 'quote', 'repost'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const ACCOUNTS = ['corporate', 'personal'] as const;
export type Account = (typeof ACCOUNTS)[number];

export const ROLES = ['civil-servant', 'local-gov-officer'] as const;
export type Role = (typeof ROLES)[number];

export const SEVERITIES = ['info', 'warning', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The fixed categories of shared RULES.md; the evaluation scores by these names. */
export const CATEGORIES = [
  'party-political',
  'opinion-as-fact',
  'attacks-opponent',
  'legal-claim',
  'unsourced-claim',
  'confidential',
  'personal-data',
  'employer-criticism',
  'tone',
  'personal-professional-blur',
  'disclaimer-reliance',
  'endorsement',
  'timing',
  'election-period',
  'thread-fragment',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Draft {
  /** The text as the editor holds it; offsets in findings are UTF-16 offsets into this string. */
  text: string;
  platform: Platform;
  kind: PostKind;
  /**
   * When the post goes out, in the poster's local time: an ISO 8601 string such as
   * "2026-02-10T22:07:00" (a zone suffix is ignored: the wall-clock time is what matters), or a Date
   * (its local fields are used). Defaults to now.
   */
  postedAt?: string | Date;
  /** The text being quoted or reposted, when the editor shows it separately from the draft. */
  quoted?: string;
  /** Position in a thread composed as several posts. */
  thread?: { index: number; count: number };
}

export interface RuleOverride {
  /** false switches a built-in rule off. */
  enabled?: boolean;
  /** Replaces the severity the rule would give. */
  severity?: Severity;
}

export interface Profile {
  account: Account;
  role: Role;
  /** A politically restricted post (LGHA 1989; the civil service's restricted and intermediate groups). */
  restricted: boolean;
  /** The employing organisation, e.g. "Harrowfield Borough Council". */
  employer?: string;
  /** In a pre-election period now. */
  electionPeriod: boolean;
  /** Rule id → override. */
  ruleOverrides?: Record<string, RuleOverride>;
  /** Extra rules, e.g. compiled house rules; they run after the built-in ones. */
  extraRules?: readonly Rule[];
}

export interface Finding {
  /** Kebab-case rule id. */
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into Draft.text, start inclusive, end exclusive. */
  start: number;
  end: number;
  /** One plain sentence. */
  message: string;
  /** The principle, quoting its source clause. */
  why: string;
  /** Document and section. */
  source: string;
  /** A safer wording for the passage, where one exists: text that can replace it (Apply). */
  suggestion?: string;
  /** What to do instead, when no replacement wording fits (shown, never applied to the draft). */
  advice?: string;
  /** The person or organisation the passage is aimed at. */
  target?: string;
}

/** A source a rule rests on: the document and section, and the clause quoted in `why`. */
export interface Citation {
  source: string;
  quote: string;
}

/** What a rule reports; the engine adds the rule's id, category, why and source. */
export interface RuleHit {
  start: number;
  end: number;
  severity: Severity;
  message: string;
  /** Replacement text for the passage, only where it is a real safer wording. */
  suggestion?: string;
  /** What to do instead, in words for the person posting. */
  advice?: string;
  target?: string;
  /** Overrides the category for rules that can raise more than one (house rules). */
  category?: Category;
  /** Overrides the rule's citation for this hit. */
  citation?: Citation;
}

export interface RuleExample {
  text: string;
  profile?: Partial<Profile>;
  draft?: Partial<Omit<Draft, 'text'>>;
  /** For bad examples: the category expected at warning or above (defaults to the rule's). */
  note?: string;
}

export interface Rule {
  /** Kebab-case; for built-in rules, the file name. */
  id: string;
  category: Category;
  /** What the rule looks for, in one or two sentences. */
  description: string;
  citation: Citation;
  /** Drafts the rule raises (at warning or above) and drafts it must leave alone. */
  examples: { bad: RuleExample[]; good: RuleExample[] };
  /**
   * 'primary' rules see the draft; 'derived' rules also see what the primary rules found
   * (e.g. a disclaimer matters only next to something risky).
   */
  phase?: 'primary' | 'derived';
  /**
   * A second opinion: its findings are dropped in any category another rule also raised, even as a
   * note, so a rule's specific, sourced verdict stands and nothing is shown twice (the learned patterns).
   */
  defers?: boolean;
  check(ctx: import('./context').CheckContext): RuleHit[];
}
