// The command line: flags into Options. Flag values go through the same field parsers as records,
// so a typo gets the same answer in either place; unknown flags get a "did you mean".
import { parseArgs } from 'node:util';
import type { Account, Platform, PostKind, Role, Severity } from '../engine/index';
import { closestName } from './closest-name';
import { FieldProblem, UsageError } from './input-error';
import {
  oneOf, parseAccount, parseBoolean, parseDateOrder, parseKind, parseOptionalString, parsePlatform,
  parsePostedAtField, parseRole, parseSeverity,
} from './fields';
import type { DateOrder } from './posted-at';

export const INPUT_KINDS = ['jsonl', 'csv', 'text'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];
export const FORMATS = ['human', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** Field values given as flags; they apply where a record does not set the field. */
export interface FlagDefaults {
  account?: Account;
  role?: Role;
  restricted?: boolean;
  employer?: string;
  electionPeriod?: boolean;
  platform?: Platform;
  kind?: PostKind;
  postedAt?: string;
}

export interface Options {
  files: string[];
  format: Format;
  /** Forced input kind; otherwise decided per file by extension or by sniffing. */
  input?: InputKind;
  /** Forced colour on or off; otherwise decided from the terminal and NO_COLOR. */
  color?: boolean;
  quiet: boolean;
  /** Given only when the user asked; jsonl prints every finding unless asked. */
  minSeverity?: Severity;
  keepGoing: boolean;
  dateOrder: DateOrder;
  defaults: FlagDefaults;
  help: boolean;
  version: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  input: { type: 'string' },
  account: { type: 'string' },
  role: { type: 'string' },
  restricted: { type: 'boolean' },
  employer: { type: 'string' },
  'election-period': { type: 'boolean' },
  platform: { type: 'string' },
  kind: { type: 'string' },
  'posted-at': { type: 'string' },
  'date-order': { type: 'string' },
  color: { type: 'boolean' },
  colour: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'min-severity': { type: 'string' },
  'keep-going': { type: 'boolean', short: 'k' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

const NEGATABLE = new Set(['restricted', 'election-period', 'color', 'colour']);

function suggestFlag(given: string): string {
  const name = given.replace(/^-+/, '').split('=')[0]!;
  const known = [...Object.keys(OPTIONS), ...[...NEGATABLE].map((n) => `no-${n}`)];
  const best = closestName(name, known);
  return best ? `; did you mean --${best}?` : '';
}

/** node:util's messages, reworded for people and without its advice about "--". */
function explain(error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option "${flag}"${suggestFlag(flag)}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) {
      return new UsageError(`option ${flag} takes no value (use ${flag} or --no-${flag.replace(/^-+/, '')})`);
    }
    return new UsageError(`option ${flag} needs a value`);
  }
  return new UsageError(message);
}

function flagValue<T>(flag: string, raw: unknown, parse: (value: unknown) => T): T {
  try {
    return parse(raw);
  } catch (error) {
    if (error instanceof FieldProblem) throw new UsageError(`option --${flag}: ${error.message}`);
    throw error;
  }
}

export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw explain(error);
  }
  const v = parsed.values;
  const dateOrder = flagValue('date-order', v['date-order'], parseDateOrder) ?? 'dmy';
  const defaults: FlagDefaults = {};
  const set = <K extends keyof FlagDefaults>(key: K, value: FlagDefaults[K] | undefined) => {
    if (value !== undefined) defaults[key] = value;
  };
  set('account', flagValue('account', v.account, parseAccount));
  set('role', flagValue('role', v.role, parseRole));
  set('restricted', flagValue('restricted', v.restricted, parseBoolean));
  set('employer', flagValue('employer', v.employer, parseOptionalString));
  set('electionPeriod', flagValue('election-period', v['election-period'], parseBoolean));
  set('platform', flagValue('platform', v.platform, parsePlatform));
  set('kind', flagValue('kind', v.kind, parseKind));
  set('postedAt', flagValue('posted-at', v['posted-at'], (raw) => parsePostedAtField(raw, dateOrder)));

  const options: Options = {
    files: parsed.positionals,
    format: flagValue('format', v.format, (raw) => oneOf(FORMATS, raw)) ?? 'human',
    quiet: v.quiet ?? false,
    keepGoing: v['keep-going'] ?? false,
    dateOrder,
    defaults,
    help: v.help ?? false,
    version: v.version ?? false,
  };
  const input = flagValue('input', v.input, (raw) => oneOf(INPUT_KINDS, raw));
  if (input) options.input = input;
  const color = v.color ?? v.colour;
  if (color !== undefined) options.color = color;
  const minSeverity = flagValue('min-severity', v['min-severity'], parseSeverity);
  if (minSeverity) options.minSeverity = minSeverity;
  if (!options.help && !options.version && options.files.length === 0) {
    throw new UsageError('no input: name a file to check, or - for standard input (sense-check --help shows how)');
  }
  return options;
}
