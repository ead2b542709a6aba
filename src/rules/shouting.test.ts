import { describe, expect, it } from 'vitest';
import rule from './shouting';
import { describeRule, findings, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('shouting', () => {
  it('spans the shouted words', () => {
    expect(shown('shouting', 'We are NOT closing. PLEASE STOP asking.', { account: 'corporate' })).toEqual(['serious "NOT closing. PLEASE STOP"']);
  });
  it('offers the same words in ordinary case as the safer wording', () => {
    const [finding] = findings('We are NOT closing. PLEASE STOP asking.', { account: 'corporate' }).filter((f) => f.rule === 'shouting');
    expect(finding?.suggestion).toBe('not closing. Please stop');
  });
  it('ignores acronyms', () => {
    expect(shown('shouting', 'NHS, DWP, HMRC and ONS data: GCSE and SEND update.')).toEqual([]);
  });
});
