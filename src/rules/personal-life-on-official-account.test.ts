import { describe, expect, it } from 'vitest';
import rule from './personal-life-on-official-account';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('personal-life-on-official-account', () => {
  it('raises a football chant only when it is one', () => {
    expect(shown('personal-life-on-official-account', 'Up the Rovers!', { account: 'corporate' })).toEqual(['serious "Up the Rovers"']);
    expect(shown('personal-life-on-official-account', 'Up the hill to the new park, a lovely walk.', { account: 'corporate' })).toEqual([]);
  });
  it('needs two weak signs', () => {
    expect(shown('personal-life-on-official-account', 'Join us tonight for the lights switch-on!', { account: 'corporate' })).toEqual([]);
  });

  it('hears the administrator\'s bets and tired mornings', () => {
    expect(shown('personal-life-on-official-account', 'Cup final sweepstake is open in the office! My money\'s on the underdogs.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('personal-life-on-official-account', 'Our staff sweepstake raised £180 for the hospice. Thank you all!', { account: 'corporate' })).toEqual([]);
  });

  it('hears the administrator\'s family trip and a Friday night out', () => {
    expect(shown('personal-life-on-official-account', 'Me and the kids are off to the Gower for the week 🏖️', { account: 'corporate' })).toHaveLength(1);
    expect(shown('personal-life-on-official-account', 'Friday night vibes at the depot: pizza and karaoke 🎤', { account: 'corporate' })).toHaveLength(1);
  });

  it('hears the account\'s admin speaking as themselves', () => {
    expect(shown('personal-life-on-official-account', "Whoever's running this account today is still sulking about the rugby 😭", { account: 'corporate' })).toHaveLength(1);
    expect(shown('personal-life-on-official-account', 'Sunrise swim before work for yours truly 🌊', { account: 'corporate' })).toHaveLength(1);
  });
  it('reads the organisation selling tickets to its own festival as its business', () => {
    expect(shown('personal-life-on-official-account', 'Festival tickets go on general sale on 20 March. Sign up to our newsletter to hear first.', { account: 'corporate' })).toEqual([]);
  });
  it('reads "this morning after the storm" as a morning, not a hangover', () => {
    expect(shown('personal-life-on-official-account', 'Our lines are busy this morning after the storm. Report fallen trees online: https://example.gov.uk/trees', { account: 'corporate' })).toEqual([]);
    expect(shown('personal-life-on-official-account', 'The morning after the team party. Never again 🥴', { account: 'corporate' })).not.toEqual([]);
  });

  it("reads the public's questions in a Q&A post as theirs, not the administrator's life", () => {
    expect(shown('personal-life-on-official-account', "Library changes: your questions answered\n\nWill my mum's mobile library stop still run?\nYes, every stop continues until June.", { account: 'corporate' })).toEqual([]);
  });
});
