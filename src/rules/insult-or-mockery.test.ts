import { describe, expect, it } from 'vitest';
import rule from './insult-or-mockery';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('insult-or-mockery', () => {
  it('is serious from a corporate account and aimed at the reply', () => {
    expect(shown('insult-or-mockery', '@gary1 Maybe try reading the letter before shouting at us 🙄', { account: 'corporate' }, { kind: 'reply' })).toEqual([
      'serious "Maybe try reading" → @gary1',
    ]);
  });
  it('does not count complaints about things', () => {
    expect(shown('insult-or-mockery', 'This printer is useless.')).toEqual([]);
  });
  it('catches profanity written with symbols', () => {
    expect(shown('insult-or-mockery', 'What a load of sh1t from the council')).not.toEqual([]);
  });
});
