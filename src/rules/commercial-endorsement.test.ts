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

  it('hears a plug in the official role', () => {
    expect(shown('commercial-endorsement', "As a policy adviser at the Department for Energy, I'd tell every household to get Wattly. Easily the best meter app around.", { account: 'personal', role: 'civil-servant' })).toHaveLength(1);
    expect(shown('commercial-endorsement', 'Wattly is easily the best meter app around.', { account: 'personal' })).toEqual([]);
  });

  it('hears the friendliest firm in town and a discount for a group', () => {
    expect(shown('commercial-endorsement', 'Need a lift to the hospital? Try Vale Cabs, the friendliest taxi firm in town, with 10% off for pensioners.', { account: 'corporate' })).toHaveLength(1);
  });

  it('hears "hands down the best" about a company from an official account', () => {
    expect(shown('commercial-endorsement', 'Planning a coach trip? Go with Ridgeway Travel: hands down the best operator in the valley.', { account: 'corporate' })).not.toEqual([]);
  });

  it('hears "one of the good ones" from the person who approves suppliers', () => {
    expect(shown('commercial-endorsement', "As the person who approves contractor registrations, I'd say Hillcrest Roofing are one of the good ones.")).not.toEqual([]);
  });

  it('hears "you can\'t beat this lot" over a shared company post', () => {
    expect(shown('commercial-endorsement', "Need a plumber in Ashby? You can't beat this lot 👇\n\n> @AshbyPlumbing: Booking now for boiler services.", { account: 'corporate' }, { kind: 'quote' })).not.toEqual([]);
  });

  it('hears a shop\'s offer shared by an official account ("3 for £2")', () => {
    expect(shown('commercial-endorsement', 'RT @MarketDeli: Scones, 3 for £2, all week at the market hall!', { account: 'corporate' }, { kind: 'repost' })).not.toEqual([]);
  });
});
