// House rules declared as data, in the spirit of Vale's styles: an organisation (or a user) adds
// checks without writing code. Three kinds:
//   existence     a list of phrases that should not appear ("leaked", "off the record")
//   substitution  a swap table: phrase → safer wording; the wording becomes the finding's suggestion
//   pattern       a regular expression in RE2 syntax, run in linear time with re2js
// Each rule carries the message shown to the user, a category and severity of the engine's fixed
// vocabulary, and optionally a link to the organisation's own guidance.
//
// The schema checks shape only; validate.ts adds what a schema cannot say (the pattern compiles in
// RE2, ids do not collide) and turns every problem into "field: reason".
import * as v from 'valibot';
import { ACCOUNTS, CATEGORIES, SEVERITIES } from '../engine/types';

export const HOUSE_RULE_KINDS = ['existence', 'substitution', 'pattern'] as const;
export type HouseRuleKind = (typeof HOUSE_RULE_KINDS)[number];

/** Limits that keep one rule from bloating synced storage or a check. */
export const LIMITS = {
  idLength: 64,
  messageLength: 300,
  phraseLength: 200,
  phrases: 500,
  patternLength: 1000,
  linkLength: 500,
} as const;

const ID = v.pipe(
  v.string('must be text'),
  v.nonEmpty('is required'),
  v.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters and digits joined by single hyphens, e.g. "no-leaks"'),
);

const MESSAGE = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.nonEmpty('is required: one plain sentence telling the user what is wrong'),
  v.maxLength(LIMITS.messageLength, `must be at most ${LIMITS.messageLength} characters`),
);

const PHRASE = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(LIMITS.phraseLength, `must be at most ${LIMITS.phraseLength} characters`),
);

const LINK = v.pipe(
  v.string('must be text'),
  v.maxLength(LIMITS.linkLength, `must be at most ${LIMITS.linkLength} characters`),
  v.check((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be a web address starting with https://'),
);

const common = {
  id: ID,
  message: MESSAGE,
  category: v.picklist(CATEGORIES, `must be one of: ${CATEGORIES.join(', ')}`),
  severity: v.picklist(SEVERITIES, `must be one of: ${SEVERITIES.join(', ')}`),
  link: v.optional(LINK),
  /** Which accounts the rule applies to; all when absent. */
  accounts: v.optional(v.array(v.picklist(ACCOUNTS, `must list only: ${ACCOUNTS.join(', ')}`), 'must be a list')),
  /** false keeps the rule saved but switched off. */
  enabled: v.optional(v.boolean('must be true or false')),
};

export const ExistenceRuleSchema = v.strictObject(
  {
    ...common,
    kind: v.literal('existence'),
    phrases: v.pipe(
      v.array(PHRASE, 'must be a list of phrases'),
      v.minLength(1, 'must list at least one phrase'),
      v.maxLength(LIMITS.phrases, `must list at most ${LIMITS.phrases} phrases`),
    ),
  },
  'is not a field of a house rule',
);

export const SubstitutionRuleSchema = v.strictObject(
  {
    ...common,
    kind: v.literal('substitution'),
    /** Phrase to avoid → the wording to use instead. */
    swap: v.pipe(
      v.record(PHRASE, PHRASE, 'must be a table of "phrase": "safer wording"'),
      v.check((table) => Object.keys(table).length > 0, 'must have at least one entry'),
      v.check((table) => Object.keys(table).length <= LIMITS.phrases, `must have at most ${LIMITS.phrases} entries`),
    ),
  },
  'is not a field of a house rule',
);

export const PatternRuleSchema = v.strictObject(
  {
    ...common,
    kind: v.literal('pattern'),
    /** RE2 syntax (no look-around, no back-references): always linear time. */
    pattern: v.pipe(
      v.string('must be text'),
      v.nonEmpty('is required'),
      v.maxLength(LIMITS.patternLength, `must be at most ${LIMITS.patternLength} characters`),
    ),
    /** Case-insensitive matching; on unless set to false. */
    ignoreCase: v.optional(v.boolean('must be true or false')),
  },
  'is not a field of a house rule',
);

export const HouseRuleSchema = v.variant(
  'kind',
  [ExistenceRuleSchema, SubstitutionRuleSchema, PatternRuleSchema],
  `must be one of: ${HOUSE_RULE_KINDS.join(', ')}`,
);

export type ExistenceRule = v.InferOutput<typeof ExistenceRuleSchema>;
export type SubstitutionRule = v.InferOutput<typeof SubstitutionRuleSchema>;
export type PatternRule = v.InferOutput<typeof PatternRuleSchema>;
export type HouseRule = v.InferOutput<typeof HouseRuleSchema>;

/** Where a rule came from: organisation rules are set by IT through policy and cannot be edited. */
export type HouseRuleOrigin = 'user' | 'organisation';
