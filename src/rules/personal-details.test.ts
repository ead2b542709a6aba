import { describe, expect, it } from 'vitest';
import rule from './personal-details';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('personal-details', () => {
  it('raises a National Insurance number', () => {
    expect(shown('personal-details', 'Call us quoting JK 12 34 56 A.', { account: 'corporate' })).toEqual(['serious "JK 12 34 56 A"']);
  });
  it('raises a named resident with a mobile number', () => {
    expect(shown('personal-details', 'Thanks to Ian Marsh (07700 900123) for the tip-off.', { account: 'corporate' })).toEqual(['serious "07700 900123" → Ian Marsh']);
  });
  it('leaves the organisation\'s own phone number alone', () => {
    expect(shown('personal-details', 'Questions? Call us on 01632 960 400.', { account: 'corporate' })).toEqual([]);
  });
  it('does not treat councillors as private people', () => {
    expect(shown('personal-details', 'Cllr Sarah Jones, 54, opened the new ward today.', { account: 'corporate' })).toEqual([]);
  });
});
