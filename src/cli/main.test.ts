// The command end to end through main(), with in-memory streams and temporary files. The rule list
// is replaced by made-up test rules (tests/fixtures/cli/test-rules.ts) so that exit codes and
// output do not depend on the real rules, which change; tests/unit/cli-*.test.ts use the real ones.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { rmSync } from 'node:fs';
import { memoryIo } from '../../tests/fixtures/cli/memory-io';
import { main } from './main';

vi.mock('../rules/index', async () => ({ rules: (await import('../../tests/fixtures/cli/test-rules')).testRules }));

const fixtures = join(import.meta.dirname, '../../tests/fixtures/cli');
const dir = mkdtempSync(join(tmpdir(), 'sense-check-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function tempFile(name: string, content: string | Buffer): string {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}

async function run(argv: string[], options: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo(options);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

function jsonLines(out: string): { id: unknown; findings: { rule: string; severity: string; message: string; start: number; end: number }[] }[] {
  return out.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** The profile and draft fields the engine saw, reported by the #echo test rule. */
function echoed(out: string, index = 0): Record<string, unknown> {
  const finding = jsonLines(out)[index]!.findings.find((f) => f.rule === 'test-profile-echo');
  return JSON.parse(finding!.message);
}

describe('inputs', () => {
  it('checks a JSONL file, one draft a line, skipping blank lines and ignoring expect/note', async () => {
    const { code, out, err } = await run(['--format', 'jsonl', join(fixtures, 'drafts.jsonl')]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.id)).toEqual(['clean-1', 7, 4]); // numbers stay numbers; no id → line number
    expect(lines[0]!.findings).toEqual([]);
    expect(lines[1]!.findings.map((f) => f.rule)).toEqual(['test-warning']);
    expect(lines[2]!.findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('prints exactly one JSON line a draft and nothing else in jsonl format', async () => {
    const { out } = await run(['--format', 'jsonl', join(fixtures, 'drafts.jsonl'), join(fixtures, 'post.txt')]);
    const lines = out.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toHaveLength(4);
    for (const line of lines.slice(0, -1)) expect(Object.keys(JSON.parse(line))).toEqual(['id', 'findings']);
    const finding = jsonLines(out)[1]!.findings[0]!;
    expect(finding).toMatchObject({
      rule: 'test-warning', category: 'tone', severity: 'warning', start: 4, end: 11,
      message: 'Zorblax is a test warning.', why: 'Tests must be deterministic.', source: 'Test Code, para 1',
      suggestion: 'plimsoll', target: 'Zorb Council',
    });
  });

  it('reads a Hootsuite-style CSV: date and time columns, quoted commas and newlines, link appended', async () => {
    const { code, out } = await run(['--format', 'jsonl', join(fixtures, 'calendar.csv')]);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.id)).toEqual([2, 3]); // the line each row starts on
    expect(lines[0]!.findings).toEqual([]);
    expect(lines[1]!.findings[0]).toMatchObject({ rule: 'test-warning', start: 15, end: 22 });
  });

  it('builds postedAt from CSV date and time columns and appends the link to the text', async () => {
    const csv = tempFile('cal.csv', 'date,time,message,link,platform\n14/03/2026,2:15 pm,#echo hello,https://example.org/x,Twitter\n');
    const { out } = await run(['--format', 'jsonl', csv]);
    expect(echoed(out)).toMatchObject({ postedAt: '2026-03-14T14:15:00', hour: 14, minute: 15, platform: 'x' });
    const text = tempFile('cal2.csv', 'Message,Link\n"zorblax, then",https://example.org/x\n');
    const human = await run([text]);
    expect(human.out).toContain('[[zorblax]], then https://example.org/x');
  });

  it('handles a UTF-8 BOM, CRLF line ends and a quoted field with CRLF inside', async () => {
    const csv = tempFile('bom.csv', Buffer.from('\uFEFFText,Account\r\n"first, line\r\nsecond zorblax",corporate\r\nplain,\r\n', 'utf8'));
    const { code, out, err } = await run(['--format', 'jsonl', csv]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.id)).toEqual([2, 4]);
    // CRLF inside the field became LF: "first, line\nsecond " is 19 characters.
    expect(lines[0]!.findings[0]).toMatchObject({ start: 19, end: 26 });
  });

  it('reads a plain-text file as one draft, and names it by its path', async () => {
    const path = join(fixtures, 'post.txt');
    const { code, out } = await run(['--format', 'jsonl', path]);
    expect(code).toBe(1);
    expect(jsonLines(out)).toEqual([{ id: path, findings: [expect.objectContaining({ rule: 'test-serious', start: 29, end: 36 })] }]);
  });

  it('reads standard input for -, as JSONL when every line is a JSON object', async () => {
    const { out } = await run(['--format', 'jsonl', '-'], { stdin: '{"id": "a", "text": "zorblax"}\n\n{"id": "b", "text": "fine"}\n' });
    expect(jsonLines(out).map((l) => [l.id, l.findings.length])).toEqual([['a', 1], ['b', 0]]);
  });

  it('reads standard input as text otherwise, and as CSV with --input csv', async () => {
    const text = await run(['--format', 'jsonl', '-'], { stdin: '{"not": "all json"}\nzorblax here\n' });
    expect(jsonLines(text.out)).toEqual([{ id: '<stdin>', findings: [expect.objectContaining({ rule: 'test-warning' })] }]);
    const csv = await run(['--format', 'jsonl', '--input', 'csv', '-'], { stdin: 'id,text\nx1,zorblax\nx2,fine\n' });
    expect(jsonLines(csv.out).map((l) => l.id)).toEqual(['x1', 'x2']);
  });

  it('sniffs files with unknown extensions, and --input forces the kind', async () => {
    const path = tempFile('drafts.log', '{"id": 1, "text": "zorblax"}\n');
    expect(jsonLines((await run(['--format', 'jsonl', path])).out)[0]!.id).toBe(1);
    const forced = await run(['--format', 'jsonl', '--input', 'text', path]);
    expect(jsonLines(forced.out)[0]!.id).toBe(path);
  });
});

describe('profile and draft fields', () => {
  it('uses the default profile, platform "other", kind "post" and now when nothing is given', async () => {
    const before = new Date();
    const { out } = await run(['--format', 'jsonl', '-'], { stdin: '#echo' });
    const seen = echoed(out);
    expect(seen).toMatchObject({ account: 'personal', role: 'local-gov-officer', restricted: false, electionPeriod: false, platform: 'other', kind: 'post' });
    expect(seen.employer).toBeUndefined();
    // "Now": the engine reads the current wall-clock time.
    expect([before.getHours(), new Date().getHours()]).toContain(seen.hour);
  });

  it('applies flags where a record does not set the field, and the record wins where it does', async () => {
    const jsonl = tempFile('p.jsonl', [
      '{"id": 1, "text": "#echo"}',
      '{"id": 2, "text": "#echo", "account": "personal", "role": "civil-servant", "restricted": "no", "electionPeriod": false, "employer": "Own Org", "platform": "linkedin", "kind": "reply", "postedAt": "2026-01-02T23:45:00"}',
    ].join('\n'));
    const flags = ['--account', 'corporate', '--role', 'local-gov-officer', '--restricted', '--employer', 'Flag Council', '--election-period', '--platform', 'x', '--kind', 'quote', '--posted-at', '2026-03-14T09:30'];
    const { out } = await run(['--format', 'jsonl', ...flags, jsonl]);
    expect(echoed(out, 0)).toMatchObject({
      account: 'corporate', role: 'local-gov-officer', restricted: true, electionPeriod: true, employer: 'Flag Council',
      platform: 'x', kind: 'quote', postedAt: '2026-03-14T09:30:00', hour: 9, minute: 30,
    });
    expect(echoed(out, 1)).toMatchObject({
      account: 'personal', role: 'civil-servant', restricted: false, electionPeriod: false, employer: 'Own Org',
      platform: 'linkedin', kind: 'reply', postedAt: '2026-01-02T23:45:00', hour: 23, minute: 45,
    });
  });

  it('lets a profile-dependent rule see the flag: --account corporate raises what a personal account would not', async () => {
    const personal = await run(['-'], { stdin: 'The blorp is the best option.' });
    const corporate = await run(['--account', 'corporate', '-'], { stdin: 'The blorp is the best option.' });
    expect(personal.code).toBe(0);
    expect(corporate.code).toBe(1);
    expect(corporate.out).toContain('opinion-as-fact/test-corporate');
  });

  it('passes quoted text and thread position through from JSONL', async () => {
    const { out } = await run(['--format', 'jsonl', '-'], { stdin: '{"text": "#echo", "quoted": "the original", "thread": "2/4"}\n' });
    expect(echoed(out)).toMatchObject({ quoted: 'the original', thread: { index: 2, count: 4 } });
  });
});

describe('exit codes and errors', () => {
  it('exits 0 when nothing at warning or above is raised, even with info findings', async () => {
    const { code, out } = await run(['-'], { stdin: 'A fnord for the record.' });
    expect(code).toBe(0);
    expect(out).toContain('Fnord is a test note.');
    expect(out).toContain('1 draft checked: 1 clean');
  });

  it('exits 1 when a warning or a serious finding is raised', async () => {
    expect((await run(['-'], { stdin: 'zorblax' })).code).toBe(1);
    expect((await run(['-'], { stdin: 'quuxite' })).code).toBe(1);
  });

  it('exits 2 naming the file, line and field of a bad value, and prints nothing on stdout', async () => {
    const path = join(fixtures, 'bad.jsonl');
    const { code, out, err } = await run([path]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`sense-check: ${path}:2: field "account": expected "corporate" or "personal", got "corprate"\n`);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('names the line of invalid JSON', async () => {
    const path = tempFile('broken.jsonl', '{"id": 1, "text": "ok"}\n{"id": 2, "text": "oops"\n');
    const { code, err } = await run([path]);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^sense-check: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON`));
  });

  it('says a missing file cannot be read', async () => {
    const { code, err } = await run([join(dir, 'x.jsonl')]);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(`sense-check: cannot read "${join(dir, 'x.jsonl')}": no such file`);
  });

  it('names the header row when a CSV has no text or message column', async () => {
    const csv = tempFile('nohead.csv', 'Date,Body\n14/03/2026,hello\n');
    const { code, err } = await run([csv]);
    expect(code).toBe(2);
    expect(err).toContain(`${csv}:1: the header row needs a "text" or "message" column; found "Date", "Body"`);
  });

  it('names the CSV column as written and the row line for a bad cell', async () => {
    const csv = tempFile('bad.csv', 'Message,Restricted,Date\nfine,yes,14/03/2026\nalso fine,maybe,14/03/2026\nthird,no,31/02/2026\n');
    const { code, err } = await run(['--keep-going', csv]);
    expect(code).toBe(2);
    expect(err).toContain(`${csv}:3: field "Restricted": expected true or false (or yes/no, 1/0), got "maybe"`);
    expect(err).toContain(`${csv}:4: field "Date": "31/02/2026" is not a date in the calendar`);
  });

  it('hints at --date-order when a date only makes sense the other way round', async () => {
    const csv = tempFile('us.csv', 'message,date,time\nhello,03/14/2026,09:30\n');
    const { code, err } = await run([csv]);
    expect(code).toBe(2);
    expect(err).toContain('add --date-order mdy');
    expect((await run(['--date-order', 'mdy', '--format', 'jsonl', csv])).code).toBe(0);
  });

  it('exits 2 on a wrong flag or flag value, with a one-line reason', async () => {
    const typo = await run(['--acount', 'corporate', '-']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('unknown option "--acount"; did you mean --account?');
    const value = await run(['--account', 'corprate', '-']);
    expect(value.code).toBe(2);
    expect(value.err).toContain('option --account: expected "corporate" or "personal", got "corprate"');
    expect((await run(['--format', 'xml', '-'])).err).toContain('option --format: expected "human" or "jsonl", got "xml"');
    expect((await run([])).err).toContain('no input');
  });

  it('with --keep-going reports every bad record, checks the good ones, and still exits 2', async () => {
    const path = join(fixtures, 'bad.jsonl');
    const { code, out, err } = await run(['--keep-going', '--format', 'jsonl', path, join(dir, 'missing.jsonl')]);
    expect(code).toBe(2);
    expect(jsonLines(out).map((l) => l.id)).toEqual([1, 3]);
    expect(err).toContain(':2: field "account"');
    expect(err).toContain('cannot read');
    const human = await run(['--keep-going', path]);
    expect(human.out).toContain('2 drafts checked: 1 with warnings, 1 clean; 1 record could not be read');
  });

  it('warns once per file about a field name that looks mistyped, and still checks the record', async () => {
    const path = tempFile('typo.jsonl', '{"text": "#echo", "acount": "corporate", "note": "x"}\n{"text": "ok", "acount": "corporate"}\n');
    const { code, out, err } = await run(['--format', 'jsonl', path]);
    expect(code).toBe(0);
    expect(err).toBe(`sense-check: ${path}:1: field "acount" is not one sense-check reads, so it was ignored; did you mean "account"?\n`);
    expect(echoed(out)).toMatchObject({ account: 'personal' });
  });

  it('reports a rule that throws on stderr and still runs the others', async () => {
    const { code, out, err } = await run(['-'], { stdin: '#crash zorblax' });
    expect(code).toBe(1);
    expect(out).toContain('test-warning');
    expect(err).toContain('rule "test-crash" failed (boom)');
  });
});

describe('internal errors', () => {
  it('prints one line asking for a report, not a stack trace, and exits 2', async () => {
    const io = memoryIo({ stdin: 'zorblax' });
    io.stdout.write = () => {
      throw new Error('disk full');
    };
    const code = await main(['-'], io);
    expect(code).toBe(2);
    expect(io.err()).toBe('sense-check: internal error: disk full; please report this with the command you ran\n');
  });
});

describe('human output', () => {
  it('shows where, the marked excerpt, message, safer wording, target and source, then a summary', async () => {
    const { out } = await run([join(fixtures, 'drafts.jsonl')]);
    const id7 = `${join(fixtures, 'drafts.jsonl')}:3 (id 7)`;
    expect(out).toContain(
      [
        id7,
        '  warning  tone/test-warning  1:5',
        '      Our [[zorblax]] plan starts today.',
        '      Zorblax is a test warning.',
        '      Safer: plimsoll',
        '      Aimed at: Zorb Council',
        '      Source: Test Code, para 1',
      ].join('\n'),
    );
    expect(out).not.toContain('clean-1'); // drafts with nothing to say are not listed
    expect(out.trimEnd().split('\n').at(-1)).toBe('3 drafts checked: 1 with warnings, 2 clean');
  });

  it('counts serious drafts in the summary', async () => {
    const path = tempFile('s.jsonl', '{"text": "quuxite"}\n{"text": "zorblax"}\n{"text": "fine"}\n');
    const { out } = await run([path]);
    expect(out).toContain('3 drafts checked: 2 with warnings (1 serious), 1 clean');
  });

  it('--quiet and --min-severity hide what is below the bar; jsonl keeps everything unless asked', async () => {
    const stdin = 'A fnord and a zorblax and a quuxite.';
    const all = await run(['-'], { stdin });
    expect(all.out).toMatch(/info[\s\S]*warning[\s\S]*serious/);
    const quiet = await run(['--quiet', '-'], { stdin });
    expect(quiet.out).not.toContain('Fnord');
    expect(quiet.out).toContain('Zorblax');
    const serious = await run(['--min-severity', 'serious', '-'], { stdin });
    expect(serious.out).not.toContain('Zorblax');
    expect(serious.out).toContain('Quuxite');
    expect(serious.code).toBe(1);
    const onlyInfo = await run(['--quiet', '-'], { stdin: 'A fnord.' });
    expect(onlyInfo.out).toBe('1 draft checked: 1 clean\n');
    const jsonl = await run(['--quiet', '--format', 'jsonl', '-'], { stdin });
    expect(jsonLines(jsonl.out)[0]!.findings).toHaveLength(3);
    const jsonlFiltered = await run(['--min-severity', 'warning', '--format', 'jsonl', '-'], { stdin });
    expect(jsonLines(jsonlFiltered.out)[0]!.findings.map((f) => f.severity)).toEqual(['warning', 'serious']);
  });

  it('colours only on a terminal without NO_COLOR, unless forced', async () => {
    const stdin = 'zorblax';
    const ESC = '\u001b[';
    expect((await run(['-'], { stdin })).out).not.toContain(ESC);
    const tty = (await run(['-'], { stdin, tty: true })).out;
    expect(tty).toContain(`${ESC}4;33mzorblax${ESC}0m`);
    expect(tty).not.toContain('[[');
    expect((await run(['-'], { stdin, tty: true, env: { NO_COLOR: '1' } })).out).not.toContain(ESC);
    expect((await run(['--no-color', '-'], { stdin, tty: true })).out).not.toContain(ESC);
    expect((await run(['--color', '-'], { stdin })).out).toContain(ESC);
  });

  it('never echoes terminal control characters from a draft', async () => {
    const { out } = await run(['--color', '-'], { stdin: 'zorblax \u001b]0;pwned\u0007 end' });
    expect(out).not.toContain('\u001b]0;');
    expect(out).toContain('\uFFFD]0;pwned\uFFFD');
  });
});

describe('help and version', () => {
  it('prints usage with examples for --help and the version for --version, exiting 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: sense-check \[options\] FILE\.\.\./);
    expect(help.out).toContain('Examples:');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.out).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});
