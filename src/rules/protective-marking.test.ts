import { describe, expect, it } from 'vitest';
import rule from './protective-marking';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('protective-marking', () => {
  it('raises a marking that labels the post, matched in capitals only', () => {
    expect(shown('protective-marking', 'OFFICIAL-SENSITIVE: options paper', { account: 'corporate' })).toEqual(['serious "OFFICIAL-SENSITIVE"']);
    expect(shown('protective-marking', 'Official-sensitive: options paper', { account: 'corporate' })).toEqual([]);
  });
  it('reads the en-dash variant', () => {
    expect(shown('protective-marking', 'OFFICIAL\u2013SENSITIVE \u2013 draft', {})).toHaveLength(1);
  });

  it('raises a marking shown in a picture, not advice about markings', () => {
    expect(shown('protective-marking', 'Busy planning session today 📸 [photo: flipchart headed OFFICIAL-SENSITIVE – inspection targets]', { account: 'corporate' })).toHaveLength(1);
    expect(shown('protective-marking', 'Refresher done: anything marked SECRET stays in the building.', { account: 'personal' })).toEqual([]);
  });

  it('reads a marking over home life as a joke', () => {
    expect(shown('protective-marking', "SECRET: my nan's trifle recipe stays in the family.")).toEqual([]);
  });
  it('reads "OFFICIAL:" on a published, linked newsletter as no leak', () => {
    expect(shown('protective-marking', 'OFFICIAL: the spring bulletin is out now. Read it here: https://example.gov.uk/bulletin', { account: 'corporate' })).toEqual([]);
    expect(shown('protective-marking', 'OFFICIAL: draft shortlist for the depot contract, scores attached.', { account: 'corporate' })).not.toEqual([]);
  });
});
