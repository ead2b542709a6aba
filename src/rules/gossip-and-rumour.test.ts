import { describe, expect, it } from 'vitest';
import rule from './gossip-and-rumour';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('gossip-and-rumour', () => {
  it('raises the sentence that passes on a rumour', () => {
    expect(shown('gossip-and-rumour', 'Rumour has it the director is leaving. Give it six months.')).toEqual([
      'warning "Rumour has it the director is leaving."',
    ]);
  });
});
