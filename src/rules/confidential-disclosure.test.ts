import { describe, expect, it } from 'vitest';
import rule from './confidential-disclosure';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('confidential-disclosure', () => {
  it('raises the sentence with the cue', () => {
    expect(shown('confidential-disclosure', 'Good meeting today. Not announced yet, but the depot is closing.')).toEqual([
      'serious "Not announced yet, but the depot is closing."',
    ]);
  });
  it('needs two weak cues on a corporate account', () => {
    expect(shown('confidential-disclosure', 'Sneak peek of the new pool! Opening Saturday.', { account: 'corporate' })).toEqual([]);
  });
  it('is quiet when the material says it is published', () => {
    expect(shown('confidential-disclosure', 'The draft budget is now on our website.', { account: 'corporate' })).toEqual([]);
  });

  it('reads "between us we…" as together, not in confidence', () => {
    expect(shown('confidential-disclosure', 'Between us we\'ve cleared the whole backlog before the holidays!', { account: 'personal' })).toEqual([]);
    expect(shown('confidential-disclosure', 'Between us, the depot is going to be turned down for funding at the next panel.', { account: 'personal' })).toHaveLength(1);
  });
});
