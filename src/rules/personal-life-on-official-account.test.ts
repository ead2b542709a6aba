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
});
