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

  it('hears hearsay about someone as gossip, but not an aside about a fact', () => {
    expect(shown('gossip-and-rumour', "I'm told the new head of estates is already looking for another job.")).toHaveLength(1);
    expect(shown('gossip-and-rumour', "Ran the canal path loop in 41 minutes, which I'm told is the fastest this year.")).toEqual([]);
  });

  it('reads "which I\'m told" as an aside about what came before', () => {
    expect(shown('gossip-and-rumour', "My manager sorted a desk by the window, which I'm told is a first for the team.")).toEqual([]);
  });

  it('reads what strangers say on the train as no office gossip', () => {
    expect(shown('gossip-and-rumour', "Overheard on the 8.15: 'I'd sell my soul for a seat right now.' Relatable.")).toEqual([]);
    expect(shown('confidential-disclosure', "Overheard on the 8.15: 'I'd sell my soul for a seat right now.' Relatable.")).toEqual([]);
  });
});
