import { describe, expect, it } from 'vitest';
import { parseOptions } from './args';
import { UsageError } from './input-error';

describe('parseOptions', () => {
  it('has sensible defaults', () => {
    expect(parseOptions(['a.jsonl'])).toEqual({
      files: ['a.jsonl'], format: 'human', quiet: false, keepGoing: false, dateOrder: 'dmy', defaults: {}, help: false, version: false,
    });
  });

  it('reads profile and draft flags, negations and - for standard input', () => {
    const options = parseOptions([
      '--account', 'Corporate', '--role=civil-servant', '--restricted', '--no-election-period', '--employer', 'Harrow Council',
      '--platform', 'twitter', '--kind', 'reply', '--posted-at', '14/03/2026 21:00', '-f', 'jsonl', '-q', '-k', '--no-color', '-',
    ]);
    expect(options.defaults).toEqual({
      account: 'corporate', role: 'civil-servant', restricted: true, electionPeriod: false, employer: 'Harrow Council',
      platform: 'x', kind: 'reply', postedAt: '2026-03-14T21:00:00',
    });
    expect(options).toMatchObject({ files: ['-'], format: 'jsonl', quiet: true, keepGoing: true, color: false });
    expect(parseOptions(['--no-restricted', '-']).defaults.restricted).toBe(false);
    expect(parseOptions(['--date-order', 'mdy', '--posted-at', '03/14/2026 09:00', '-']).defaults.postedAt).toBe('2026-03-14T09:00:00');
  });

  it('explains bad flags in one line', () => {
    const message = (argv: string[]) => {
      try {
        parseOptions(argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message(['--acount', 'x', 'f'])).toBe('unknown option "--acount"; did you mean --account?');
    expect(message(['--keepgoing', 'f'])).toBe('unknown option "--keepgoing"; did you mean --keep-going?');
    expect(message(['--account'])).toBe('option --account needs a value');
    expect(message(['--restricted=yes', 'f'])).toBe('option --restricted takes no value (use --restricted or --no-restricted)');
    expect(message(['--role', 'mayor', 'f'])).toBe('option --role: expected "civil-servant" or "local-gov-officer", got "mayor"');
    expect(message(['--min-severity', 'loud', 'f'])).toBe('option --min-severity: expected one of "info", "warning" or "serious", got "loud"');
    expect(message(['--posted-at', 'soon', 'f'])).toMatch(/^option --posted-at: expected a date/);
    expect(message([])).toMatch(/^no input/);
  });

  it('needs no file for --help or --version', () => {
    expect(parseOptions(['--help']).help).toBe(true);
    expect(parseOptions(['-V']).version).toBe(true);
  });
});
