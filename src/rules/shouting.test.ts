import { describe, expect, it } from 'vitest';
import rule from './shouting';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('shouting', () => {
  it('spans the shouted words', () => {
    expect(shown('shouting', 'We are NOT closing. PLEASE STOP asking.', { account: 'corporate' })).toEqual(['serious "NOT closing. PLEASE STOP"']);
  });
  it('ignores acronyms', () => {
    expect(shown('shouting', 'NHS, DWP, HMRC and ONS data: GCSE and SEND update.')).toEqual([]);
  });
});
