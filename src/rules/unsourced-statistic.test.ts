import { describe, expect, it } from 'vitest';
import rule from './unsourced-statistic';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('unsourced-statistic', () => {
  it('is a warning on a corporate account and a note on a personal one', () => {
    const text = 'Crime in the town centre has fallen by 38% since the cameras went in.';
    expect(shown('unsourced-statistic', text, { account: 'corporate' })).toEqual(['warning "fallen by 38%"']);
    expect(shown('unsourced-statistic', text, { account: 'personal' })).toEqual(['info "fallen by 38%"']);
  });
  it('accepts a link in the next sentence of the same paragraph, not a distant one', () => {
    expect(shown('unsourced-statistic', 'Claims rose by 6% this year. Full release: https://example.gov.uk/stats', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Full breakdown: https://example.gov.uk/x\n\nNowhere in the country gets better value than Eastwick.', { account: 'corporate' })).toHaveLength(1);
  });
});
