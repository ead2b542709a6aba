// The sense-check command: read every input, turn each record into a Draft and a Profile, check
// it with the engine, print for people or as JSONL, and exit 0 (nothing at warning or above),
// 1 (something raised) or 2 (input unreadable, a bad flag). Every error a user can cause is one
// line naming the file, line and field; nothing a user does should show a stack trace.
import { check, setRuleErrorHandler, severityRank, worstSeverity, type Finding, type Severity } from '../engine/index';
import { parseOptions, type Options } from './args';
import { USAGE, VERSION } from './help';
import { InputError, UsageError } from './input-error';
import { readInput } from './inputs';
import { misspelledFields, toCheckable, type Checkable } from './records';
import { formatDraft, formatSummary, type Tally } from './report-human';
import { formatJsonl } from './report-jsonl';
import { colourStyle, plainStyle, wantsColour } from './style';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  /** Defaults to process.env; tests pass their own (NO_COLOR, TERM). */
  env?: Record<string, string | undefined>;
}

const PROGRAM = 'sense-check';

/** Reads and validates every record first, so a bad record stops the run before any output. */
async function collect(options: Options, io: CliIo): Promise<{ items: Checkable[]; problems: InputError[] }> {
  const items: Checkable[] = [];
  const problems: InputError[] = [];
  const hinted = new Set<string>();
  for (const path of options.files) {
    for (const entry of await readInput(path, options, io.stdin)) {
      if (entry instanceof InputError) {
        problems.push(entry);
      } else {
        // A warning, not an error: the record is still checked, once per file and name.
        for (const { given, meant } of misspelledFields(entry)) {
          if (hinted.has(`${entry.file}\0${given}`)) continue;
          hinted.add(`${entry.file}\0${given}`);
          io.stderr.write(`${PROGRAM}: ${entry.file}:${entry.line}: field "${given}" is not one sense-check reads, so it was ignored; did you mean "${meant}"?\n`);
        }
        try {
          items.push(toCheckable(entry, options.defaults, options.dateOrder));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.push(error);
        }
      }
      if (problems.length && !options.keepGoing) return { items, problems };
    }
  }
  return { items, problems };
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const options = parseOptions(argv);
  if (options.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (options.files.filter((file) => file === '-').length > 1) throw new UsageError('- (standard input) can be named only once');

  const { items, problems } = await collect(options, io);
  for (const problem of problems) io.stderr.write(`${PROGRAM}: ${problem.message}\n`);
  if (problems.length && !options.keepGoing) {
    io.stderr.write(`${PROGRAM}: nothing was checked; fix the input, or use --keep-going to check the good records\n`);
    return 2;
  }

  const style = wantsColour(options.color, io.stdout.isTTY, io.env ?? process.env) ? colourStyle : plainStyle;
  // --quiet means "warnings or worse"; an explicit --min-severity can only raise that bar.
  const floor: Severity = options.quiet && (!options.minSeverity || options.minSeverity === 'info') ? 'warning' : options.minSeverity ?? 'info';
  const shown = (severity: Severity) => severityRank(severity) >= severityRank(floor);
  const tally: Tally = { checked: 0, raised: 0, serious: 0, unreadable: problems.length };

  let current: Checkable | undefined;
  setRuleErrorHandler((rule, error) => {
    const where = current ? `${current.file}:${current.line}: ` : '';
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${PROGRAM}: ${where}rule "${rule.id}" failed (${reason}); the other rules still ran; please report this\n`);
  });
  try {
    for (const item of items) {
      current = item;
      const findings: Finding[] = check(item.draft, item.profile);
      const worst = worstSeverity(findings);
      tally.checked++;
      if (worst && severityRank(worst) >= severityRank('warning')) tally.raised++;
      if (worst === 'serious') tally.serious++;
      if (options.format === 'jsonl') {
        // Every finding unless asked otherwise: a scorer applies its own threshold.
        io.stdout.write(formatJsonl(item, options.minSeverity ? findings.filter((f) => shown(f.severity)) : findings));
      } else {
        io.stdout.write(formatDraft(item, findings, shown, style));
      }
    }
  } finally {
    setRuleErrorHandler(() => {});
  }
  if (options.format === 'human') io.stdout.write(formatSummary(tally));
  if (problems.length) return 2;
  return tally.raised ? 1 : 0;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write(`${PROGRAM}: see ${PROGRAM} --help\n`);
      return 2;
    }
    // Our bug, not the user's: one line, no stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${PROGRAM}: internal error: ${reason}; please report this with the command you ran\n`);
    return 2;
  }
}
