// The command with the REAL built-in rules: the example drafts of the project brief must be
// raised (exit 1) and the clean one left alone (exit 0). Skipped while src/rules lists no rules.
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/engine/index';
import { main } from '../../src/cli/main';
import { memoryIo } from '../fixtures/cli/memory-io';

async function run(argv: string[], stdin: string) {
  const io = memoryIo({ stdin });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe.skipIf(rules.length === 0)('sense-check with the built-in rules (skipped while src/rules registers none)', () => {
  it('leaves a routine service post alone', async () => {
    const { code, err } = await run(['--account', 'corporate', '-'], 'Bins will be collected as normal on Monday.');
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('raises party-political campaigning from a corporate account and a restricted post, not from a politically free officer', async () => {
    const draft = '{"id": 1, "text": "Vote Labour on Thursday! #ToriesOut"}\n';
    for (const flags of [['--account', 'corporate'], ['--account', 'personal', '--restricted']]) {
      const { code, out } = await run([...flags, '--format', 'jsonl', '-'], draft);
      expect(code, flags.join(' ')).toBe(1);
      const [line] = out.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(line.findings.some((f: { category: string; severity: string }) => f.category === 'party-political' && f.severity !== 'info'), flags.join(' ')).toBe(true);
    }
    // RULES.md: a politically free officer campaigning in their own name, without the job, is fine.
    const free = await run(['--account', 'personal', '--no-restricted', '--format', 'jsonl', '-'], draft);
    expect(free.code).toBe(0);
  });

  it('raises a corporate account attacking a union, with the passage shown', async () => {
    const { code, out } = await run(['--account', 'corporate', '-'], 'The strike called by the union is irresponsible and reckless.');
    expect(code).toBe(1);
    expect(out).toMatch(/\[\[.+\]\]/);
    expect(out).toMatch(/1 draft checked: 1 with warnings/);
  });
});
