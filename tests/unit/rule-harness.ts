// Shared by the rule tests beside each rule: runs a rule's own good and bad examples, and shows
// findings as one line each ('rule severity "passage" → target'), so a failing assertion says
// exactly what changed (the retext/alex way).
import { describe, expect, it } from 'vitest';
import { CATEGORIES, check, defaultProfile, rules, type Category, type Draft, type Finding, type Profile, type Rule, type RuleExample } from '../../src/engine/index';

/** A Wednesday mid-morning: no timing rule applies unless an example says otherwise. */
const WORKING_HOURS = '2026-03-04T11:00:00';

export function draftOf(text: string, draft: Partial<Draft> = {}): Draft {
  return { text, platform: 'x', kind: 'post', postedAt: WORKING_HOURS, ...draft };
}

export function profileOf(profile: Partial<Profile> = {}): Profile {
  return { ...defaultProfile(), ...profile };
}

/** Everything the full engine raises for a text, so derived rules see the primary findings. */
export function findings(text: string, profile: Partial<Profile> = {}, draft: Partial<Draft> = {}): Finding[] {
  return check(draftOf(text, draft), profileOf(profile));
}

/** One line per finding of one rule. */
export function shown(ruleId: string, text: string, profile: Partial<Profile> = {}, draft: Partial<Draft> = {}): string[] {
  return findings(text, profile, draft)
    .filter((f) => f.rule === ruleId)
    .map((f) => `${f.severity} "${text.slice(f.start, f.end)}"${f.target ? ` → ${f.target}` : ''}`);
}

function loud(f: Finding): boolean {
  return f.severity !== 'info';
}

function run(rule: Rule, example: RuleExample): Finding[] {
  return findings(example.text, example.profile, example.draft).filter((f) => f.rule === rule.id);
}

export function describeRule(rule: Rule): void {
  describe(`${rule.id}: its own examples`, () => {
    it('is registered', () => {
      expect(rules).toContain(rule);
    });
    it.each(rule.examples.bad.map((e) => [e.text, e] as const))('raises %s', (_text, example) => {
      const raised = run(rule, example).filter(loud);
      expect(raised.length, JSON.stringify(example)).toBeGreaterThan(0);
      // A rule that raises several categories (learned-patterns) names the one expected in `note`.
      const expected = (CATEGORIES as readonly string[]).includes(example.note ?? '') ? (example.note as Category) : rule.category;
      expect(raised.map((f) => f.category)).toContain(expected);
      for (const f of raised) {
        if (expected === rule.category) expect(f.category).toBe(rule.category);
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(example.text.length);
        expect(f.message).toMatch(/^[^\n]+[.?!]$/);
        if (f.category === rule.category) {
          expect(f.why).toBe(rule.citation.quote);
          expect(f.source).toBe(rule.citation.source);
        } else {
          expect(f.why).toMatch(/"/);
          expect(f.source.length).toBeGreaterThan(5);
        }
      }
    });
    it.each(rule.examples.good.map((e) => [e.text, e] as const))('leaves alone %s', (_text, example) => {
      expect(run(rule, example).filter(loud)).toEqual([]);
    });
  });
}
