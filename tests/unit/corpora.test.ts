// Accuracy as a regression guard. The dev corpus (../shared/eval, beside the repo in CI) must meet
// the targets; each held-out corpus under tests/fixtures/heldout* must stay above a floor
// set a little under what it scores now. These corpora have all been used for development since
// their first measurement (see README "How well it works"), and the learned model is trained on
// them, so they guard against regressions; they are not estimates of accuracy on unseen drafts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, type Draft, type Profile } from '../../src/engine/index';

interface Labelled extends Draft, Profile {
  id: string;
  expect: string[];
}

function score(rows: Labelled[]) {
  let risky = 0, detected = 0, clean = 0, falseAlarms = 0, expected = 0, hit = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const loud = check(row, row).filter((f) => f.severity !== 'info');
    const categories = new Set<string>(loud.map((f) => f.category));
    if (row.expect.length === 0) {
      clean++;
      if (loud.length) {
        falseAlarms++;
        misses.push(`${row.id}: false alarm ${[...categories].join(',')}`);
      }
      continue;
    }
    risky++;
    if (loud.length) detected++;
    for (const c of row.expect) {
      expected++;
      if (categories.has(c)) hit++;
    }
  }
  return { recall: detected / risky, categoryRecall: hit / expected, fpr: clean ? falseAlarms / clean : 0, misses };
}

function read(path: string): Labelled[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const dev = join(root, '../shared/eval/dev.jsonl');
const fixtures = join(root, 'tests/fixtures');
const heldout = readdirSync(fixtures)
  .filter((d) => d.startsWith('heldout'))
  .flatMap((d) => readdirSync(join(fixtures, d)).filter((f) => f.endsWith('.jsonl')).map((f) => join(fixtures, d, f)));
const blind = readdirSync(fixtures)
  .filter((d) => d.startsWith('blind-'))
  .flatMap((d) => readdirSync(join(fixtures, d)).filter((f) => f.endsWith('.jsonl')).map((f) => join(fixtures, d, f)));

describe('accuracy on the labelled corpora', () => {
  it.runIf(existsSync(dev))('meets the targets on the shared dev corpus', () => {
    const s = score(read(dev));
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.categoryRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.fpr, s.misses.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('has held-out corpora to check', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(13);
  });

  // The blind corpora (tests/fixtures/blind-*) are the learned model's test set: never trained on
  // (scripts/train-model.mjs), their misses never read. Pooled, GF-GI (one round against the
  // shipped code, 640 drafts) gave recall 0.980, category recall 0.925 and a false-positive rate
  // of 0.042 (README, at bf00222): all three meet the product's targets. These floors guard the
  // measured level, so a retrained model or a rule change that does worse on unseen drafts fails
  // here.
  it('the blind corpora, pooled, stay at the level of their first measurement', () => {
    expect(blind.length).toBeGreaterThanOrEqual(2);
    const s = score(blind.flatMap((path) => read(path).map((row) => ({ ...row, id: `${path}:${row.id}` }))));
    expect(s.recall).toBeGreaterThanOrEqual(0.975);
    expect(s.categoryRecall).toBeGreaterThanOrEqual(0.92);
    expect(s.fpr).toBeLessThanOrEqual(0.045);
  });

  // P's rule false alarms were read (a charity repost read as campaigning, a consultation's
  // "options paper" as a leak, a staff survey's own figures as unsourced, an archive blog as an
  // attack) but not yet fixed; its floor allows them until they are.
  const FPR_FLOOR: Record<string, number> = { 'heldout-p.jsonl': 0.07 };

  it.each(heldout.map((p) => [p.split('/').pop()!, p]))('%s stays above its floor', (name, path) => {
    const s = score(read(path));
    expect(s.recall).toBeGreaterThanOrEqual(0.88);
    expect(s.categoryRecall).toBeGreaterThanOrEqual(0.82);
    expect(s.fpr, s.misses.join('\n')).toBeLessThanOrEqual(FPR_FLOOR[name] ?? 0.03);
  });
});
