import { describe, expect, it } from 'vitest';
import rule from './legal-conclusion';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('legal-conclusion', () => {
  it('names who is accused', () => {
    expect(shown('legal-conclusion', 'Northside Homes are in clear breach of their planning permission.', { account: 'corporate' })).toEqual([
      'serious "Northside Homes are in clear breach of their planning permission." → Northside Homes',
    ]);
  });
  it('leaves general statements of the law alone', () => {
    expect(shown('legal-conclusion', 'It is illegal to drop litter. Fly-tipping is a criminal offence.', { account: 'corporate' })).toEqual([]);
  });
  it('lets a hedged statement that links to the advice through', () => {
    expect(shown('legal-conclusion', 'Staff who strike may be in breach of contract: read our published advice https://example.gov.uk/advice', { account: 'corporate' })).toEqual([]);
  });
});
