// Every rule file is registered, named by its id, documented, cited and exemplified.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../engine/types';
import { RULE_IDS } from './ids';
import { rules } from './index';

const here = fileURLToPath(new URL('.', import.meta.url));
const ruleFiles = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'ids.ts');
const modules = import.meta.glob<{ default: (typeof rules)[number] }>(['./*.ts', '!./*.test.ts', '!./index.ts', '!./ids.ts'], { eager: true });

describe('the rule catalogue', () => {
  it('registers every rule file exactly once', () => {
    expect(rules.map((r) => `${r.id}.ts`).sort()).toEqual(ruleFiles.sort());
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it.each(Object.entries(modules))('%s: id matches the file, with category, description, source and examples', (path, module) => {
    const rule = module.default;
    expect(rule.id).toBe(path.replace(/^\.\//, '').replace(/\.ts$/, ''));
    expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(CATEGORIES).toContain(rule.category);
    expect(rule.description.length).toBeGreaterThan(30);
    expect(rule.citation.source.length).toBeGreaterThan(5);
    expect(rule.citation.quote).toMatch(/"/);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
    // Its test file sits beside it.
    expect(readdirSync(here)).toContain(`${rule.id}.test.ts`);
  });

  it('lists the same ids, in the same order, in ids.ts (for code that must not load the rules)', () => {
    expect(RULE_IDS).toEqual(rules.map((rule) => rule.id));
  });

  it('covers all fifteen categories', () => {
    expect(new Set(rules.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });
});
