import { describe, expect, it } from 'vitest';
import rule from './commercial-endorsement';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('commercial-endorsement', () => {
  it('raises the sentence with the plug', () => {
    expect(shown('commercial-endorsement', 'Great new portal. If your organisation needs a CRM, they are the only people to call.', { account: 'corporate' })).toEqual([
      'warning "If your organisation needs a CRM, they are the only people to call."',
    ]);
  });
});
