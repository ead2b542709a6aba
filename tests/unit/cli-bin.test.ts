// The BUILT command, as a user runs it: `node bin/sense-check.js ...`. Needs `npm run build:lib`
// (npm test builds first). Asserts only what does not depend on which rules exist.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/sense-check.js');
const built = existsSync(join(root, 'dist/lib/cli.js'));
const dir = mkdtempSync(join(tmpdir(), 'sense-check-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sense(args: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out, err });
    });
    child.stdin!.end(stdin ?? '');
  });
}

const STACK = /\n\s+at .+[:(]/;

describe.skipIf(!built)('the built sense-check command (skipped when dist/lib/cli.js is missing: run npm run build:lib)', () => {
  it('checks a JSONL file and prints one JSON line a draft', async () => {
    const path = join(dir, 'drafts.jsonl');
    writeFileSync(path, '{"id": "a", "text": "Bins will be collected as normal on Monday."}\n{"id": 2, "text": "The library opens at nine."}\n');
    const { code, out, err } = await sense(['--format', 'jsonl', path]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([{ id: 'a', findings: [] }, { id: 2, findings: [] }]);
  });

  it('checks a CSV calendar and prints a summary for people', async () => {
    const path = join(dir, 'calendar.csv');
    writeFileSync(path, 'Date,Time,Message,Link\r\n14/03/2026,09:30,"Bins will be collected as normal on Monday, as usual.",https://www.example.gov.uk/bins\r\n');
    const { code, out } = await sense([path]);
    expect(code).toBe(0);
    expect(out).toBe('1 draft checked: 1 clean\n');
  });

  it('reads standard input for -', async () => {
    const { code, out } = await sense(['--format', 'jsonl', '-'], 'Bins will be collected as normal on Monday.');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ id: '<stdin>', findings: [] });
  });

  it('exits 2 with one line and no stack trace on bad input, a missing file or a bad flag', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": 1, "text": "ok", "account": "corprate"}\n');
    for (const args of [[bad], [join(dir, 'missing.jsonl')], ['--acount', 'corporate', bad], ['--format', 'jsonl', '-']]) {
      const { code, out, err } = await sense(args, args.includes('-') ? '{"text": 5}\n' : undefined);
      expect(code, args.join(' ')).toBe(2);
      expect(out, args.join(' ')).toBe('');
      expect(err, args.join(' ')).toMatch(/^sense-check: /);
      expect(err, args.join(' ')).not.toMatch(STACK);
    }
    expect((await sense([bad])).err).toContain(`${bad}:1: field "account": expected "corporate" or "personal", got "corprate"`);
  });

  it('prints its version and help', async () => {
    const { version } = (await import('../../package.json')).default;
    expect((await sense(['--version'])).out).toBe(`${version}\n`);
    const help = await sense(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: sense-check');
  });

  it('stops quietly when its output pipe closes early', async () => {
    const path = join(dir, 'many.jsonl');
    writeFileSync(path, Array.from({ length: 20000 }, (_, i) => JSON.stringify({ id: i, text: 'Bins will be collected as normal on Monday.' })).join('\n'));
    const result = await new Promise<{ err: string }>((resolve) => {
      const child = execFile(process.execPath, [bin, '--format', 'jsonl', path], { cwd: root }, (_error, _out, err) => resolve({ err }));
      child.stdout!.once('data', () => child.stdout!.destroy());
    });
    expect(result.err).not.toMatch(/EPIPE|Unhandled/);
  });
});
