#!/usr/bin/env node
// npm run eval: runs the built command over the shared development corpus and scores it with the
// shared scorer (../shared/eval, read-only), against the project's targets: recall >= 0.95,
// category recall >= 0.90, false-positive rate <= 0.05. SCORE_VERBOSE=1 lists misses and false
// alarms. Exits with the scorer's code (1 when a target is missed), or 2 when it cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = fileURLToPath(new URL('../../shared/eval/dev.jsonl', import.meta.url));
const scorer = fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url));
const bin = fileURLToPath(new URL('../bin/sense-check.js', import.meta.url));
const TARGETS = ['--min-recall', '0.95', '--min-category-recall', '0.90', '--max-fpr', '0.05'];

for (const [what, path] of [['corpus', corpus], ['scorer', scorer]]) {
  if (!existsSync(path)) {
    console.error(`eval: the shared ${what} is missing: expected ${path} (the repository's sibling folder shared/eval)`);
    process.exit(2);
  }
}

const checked = spawnSync(process.execPath, [bin, '--format', 'jsonl', corpus], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (checked.error || checked.status === 2 || checked.status === null) {
  process.stderr.write(checked.stderr ?? '');
  console.error(`eval: sense-check could not check the corpus (${checked.error?.message ?? `exit ${checked.status}`})`);
  process.exit(2);
}
if (checked.stderr) process.stderr.write(checked.stderr); // e.g. a rule that threw

const dir = mkdtempSync(join(tmpdir(), 'sense-check-eval-'));
const findings = join(dir, 'findings.jsonl');
writeFileSync(findings, checked.stdout);
// The scorer reads SCORE_VERBOSE from the environment it inherits.
const scored = spawnSync(process.execPath, [scorer, corpus, findings, ...TARGETS], { stdio: 'inherit', env: process.env });
rmSync(dir, { recursive: true, force: true });
process.exit(scored.status ?? 2);
