import { describe, expect, it } from 'vitest';
import rule from './thread-fragment';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('thread-fragment', () => {
  it('uses Draft.thread when the extension knows the position', () => {
    expect(shown('thread-fragment', '...which is why their figures don\'t add up.', { account: 'corporate' }, { thread: { index: 3, count: 5 } })).toHaveLength(1);
  });
  it('leaves a dependent but neutral part alone', () => {
    expect(shown('thread-fragment', '2/3 And the new calendar is here: https://example.gov.uk/bins', { account: 'corporate' })).toEqual([]);
  });
});
