import { describe, expect, it } from 'vitest';
import rule from './election-period-publicity';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('election-period-publicity', () => {
  it('is serious for a restricted officer and quiet for a free one who does not name the job', () => {
    const text = 'Out leafleting for the Greens today. Vote Green on Thursday!';
    expect(shown('election-period-publicity', text, { restricted: true, electionPeriod: true })[0]).toMatch(/^serious /);
    expect(shown('election-period-publicity', text, { restricted: false, electionPeriod: true })).toEqual([]);
  });
});
