import { describe, expect, it } from 'vitest';
import rule from './official-role-opinion';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('official-role-opinion', () => {
  it('spans from the role claim to the opinion', () => {
    expect(shown('official-role-opinion', 'Trading standards officer here. Half the shops on Carr Lane sell illegal stock, trust me.')).toEqual([
      'warning "Trading standards officer here. Half the shops on Carr Lane sell illegal stock, trust me"',
    ]);
  });
  it('stays quiet on a corporate account', () => {
    expect(shown('official-role-opinion', 'As a planning officer, I think this is right.', { account: 'corporate' })).toEqual([]);
  });
});
