import { describe, expect, it } from 'vitest';
import { check } from './check';
import { defaultProfile } from './profile';
import type { Rule, RuleHit } from './types';
import { SOURCES } from './sources';

// A rule raising one fixed finding, for testing how check() combines rules.
function fixed(id: string, category: Rule['category'], hit: Partial<RuleHit> | undefined, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    category,
    description: `test rule ${id}`,
    citation: SOURCES.cscImpartiality,
    examples: { bad: [], good: [] },
    check: () => (hit ? [{ start: 0, end: 4, severity: 'warning', message: `${id} says so`, ...hit }] : []),
    ...extra,
  };
}

const draft = { text: 'Some draft text', platform: 'x' as const, kind: 'post' as const };

describe('check', () => {
  it('drops a deferring rule\'s finding in a category another rule raised, and keeps it otherwise', () => {
    const second = fixed('second-opinion', 'tone', {}, { phase: 'derived', defers: true });
    const ruleFinds = fixed('a-rule', 'tone', {});
    const ruleSilent = fixed('a-rule', 'tone', undefined);
    expect(check(draft, defaultProfile(), [ruleFinds, second]).map((f) => f.rule)).toEqual(['a-rule']);
    expect(check(draft, defaultProfile(), [ruleSilent, second]).map((f) => f.rule)).toEqual(['second-opinion']);
  });

  it('lets a rule\'s note stand as its verdict: the deferring rule does not raise that category', () => {
    const second = fixed('second-opinion', 'endorsement', {}, { phase: 'derived', defers: true });
    const note = fixed('a-rule', 'endorsement', { severity: 'info' });
    expect(check(draft, defaultProfile(), [note, second]).map((f) => f.rule)).toEqual(['a-rule']);
  });

  it('lets a derived rule after a deferring one see its findings', () => {
    const second = fixed('second-opinion', 'attacks-opponent', {}, { phase: 'derived', defers: true });
    const seen: string[] = [];
    const after: Rule = { ...fixed('after', 'timing', undefined, { phase: 'derived' }), check: (ctx) => (seen.push(...ctx.findings.map((f) => f.rule)), []) };
    check(draft, defaultProfile(), [second, after]);
    expect(seen).toEqual(['second-opinion']);
  });
});
