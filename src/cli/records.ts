// A record read from a file becomes a Draft and a Profile. Each field is checked with the parser
// in fields.ts; a record's own value wins, then the flag, then the engine's default profile
// (personal account, council officer, not restricted, no election period) and platform "other",
// kind "post", posted now.
import { defaultProfile, type Draft, type Profile } from '../engine/index';
import type { FlagDefaults } from './args';
import {
  parseAccount, parseBoolean, parseId, parseKind, parseOptionalString, parsePlatform,
  parsePostedAtField, parseRole, parseText, parseThread,
} from './fields';
import { FieldProblem, InputError } from './input-error';
import type { DateOrder } from './posted-at';
import type { RawRecord } from './raw-record';
import { closestName } from './closest-name';

/** The fields a record may carry; anything else (the corpus's "expect" and "note") is ignored. */
export const FIELD_NAMES = [
  'id', 'text', 'platform', 'kind', 'postedAt', 'quoted', 'thread',
  'account', 'role', 'restricted', 'employer', 'electionPeriod',
] as const;

/**
 * Keys of a JSONL record that look like a mistyped field ("acount", "posted_at"): ignored, they
 * would silently leave the default in place, so the command says so. CSV headers are not
 * checked: calendars carry many columns of their own.
 */
export function misspelledFields(record: RawRecord): { given: string; meant: string }[] {
  if (record.labels) return [];
  const known: readonly string[] = FIELD_NAMES;
  return Object.keys(record.fields)
    .filter((key) => !known.includes(key))
    .flatMap((given) => {
      const meant = closestName(given, FIELD_NAMES);
      return meant ? [{ given, meant }] : [];
    });
}

export interface Checkable {
  file: string;
  line: number;
  /** As given in the record (numbers stay numbers), else the line number or file name. */
  id: string | number;
  draft: Draft;
  profile: Profile;
}

export function toCheckable(record: RawRecord, defaults: FlagDefaults, order: DateOrder): Checkable {
  const field = <T>(name: string, parse: (value: unknown) => T): T => {
    try {
      return parse(record.fields[name]);
    } catch (error) {
      if (error instanceof FieldProblem) {
        throw new InputError({ file: record.file, line: record.line }, error.message, record.labels?.[name] ?? name);
      }
      throw error;
    }
  };
  const base = defaultProfile();
  const profile: Profile = {
    account: field('account', parseAccount) ?? defaults.account ?? base.account,
    role: field('role', parseRole) ?? defaults.role ?? base.role,
    restricted: field('restricted', parseBoolean) ?? defaults.restricted ?? base.restricted,
    electionPeriod: field('electionPeriod', parseBoolean) ?? defaults.electionPeriod ?? base.electionPeriod,
  };
  const employer = field('employer', parseOptionalString) ?? defaults.employer ?? base.employer;
  if (employer !== undefined) profile.employer = employer;

  const draft: Draft = {
    text: field('text', parseText),
    platform: field('platform', parsePlatform) ?? defaults.platform ?? 'other',
    kind: field('kind', parseKind) ?? defaults.kind ?? 'post',
  };
  // Without a time the engine reads "now", which is what a draft being written means.
  const postedAt = field('postedAt', (value) => parsePostedAtField(value, order)) ?? defaults.postedAt;
  if (postedAt !== undefined) draft.postedAt = postedAt;
  const quoted = field('quoted', parseOptionalString);
  if (quoted !== undefined) draft.quoted = quoted;
  const thread = field('thread', parseThread);
  if (thread !== undefined) draft.thread = thread;

  return {
    file: record.file,
    line: record.line,
    id: field('id', parseId) ?? record.defaultId,
    draft,
    profile,
  };
}
