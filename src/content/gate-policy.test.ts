import { describe, expect, it } from 'vitest';
import { findingsThatStopSend, targetsOf } from './gate-policy';
import { finding } from './test-fakes';

describe('which findings stop a send', () => {
  it('stops for serious findings and for warnings aimed at a named target, worst first', () => {
    const findings = [
      finding({ rule: 'shouting', severity: 'warning', start: 0, end: 3 }),
      finding({ rule: 'opponent-attack', severity: 'warning', start: 5, end: 9, target: 'the union' }),
      finding({ rule: 'official-role-opinion', severity: 'info', start: 1, end: 2, target: 'the union' }),
      finding({ rule: 'partisan-content', severity: 'serious', start: 10, end: 12 }),
    ];
    expect(findingsThatStopSend(findings).map((f) => f.rule)).toEqual(['partisan-content', 'opponent-attack']);
  });

  it('never stops a clean post, nor one with only untargeted warnings and info', () => {
    expect(findingsThatStopSend([])).toEqual([]);
    expect(findingsThatStopSend([finding({ severity: 'warning', start: 0, end: 1 }), finding({ severity: 'warning', start: 0, end: 1, target: '  ' })])).toEqual([]);
  });

  it('names each target once, in order', () => {
    const findings = [
      finding({ start: 0, end: 1, target: 'The Union' }),
      finding({ start: 2, end: 3, target: 'Cllr Smith' }),
      finding({ start: 4, end: 5, target: 'the union' }),
      finding({ start: 6, end: 7 }),
    ];
    expect(targetsOf(findings)).toEqual(['The Union', 'Cllr Smith']);
  });
});
