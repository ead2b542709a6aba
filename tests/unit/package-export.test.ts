// `import { check } from 'sense-check'` from another project, through the package's exports map
// and the built library (npm test builds it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(root, 'dist/lib/index.js')) && existsSync(join(root, 'dist/lib/engine/index.d.ts'));
const project = mkdtempSync(join(tmpdir(), 'sense-check-consumer-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe.runIf(built)('the package as a library (needs `npm run build:lib`)', () => {
  it('exports check, the types and the rule list to another project', () => {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(root, join(project, 'node_modules', 'sense-check'), 'dir');
    writeFileSync(join(project, 'package.json'), '{"type": "module"}');
    writeFileSync(
      join(project, 'calendar.mjs'),
      `import { check, rules, CATEGORIES } from 'sense-check';
       const findings = check(
         { text: 'The strike called by the union is irresponsible.', platform: 'x', kind: 'post', postedAt: '2026-03-04T11:00:00' },
         { account: 'corporate', role: 'civil-servant', restricted: false, electionPeriod: false });
       console.log(JSON.stringify({ rules: rules.length, categories: CATEGORIES.length, raised: findings.map((f) => f.category) }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['calendar.mjs'], { cwd: project, encoding: 'utf8' }));
    expect(out.rules).toBeGreaterThanOrEqual(15);
    expect(out.categories).toBe(15);
    expect(out.raised).toContain('opinion-as-fact');
  });

  it('ships type declarations for the main export', () => {
    expect(existsSync(join(root, 'dist/lib/engine/index.d.ts'))).toBe(true);
    expect(existsSync(join(root, 'dist/lib/engine/types.d.ts'))).toBe(true);
  });
});
