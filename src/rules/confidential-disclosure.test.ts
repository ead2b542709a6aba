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

  it('discloses nothing in a question or a negation, and reads an embargo time as a release time', () => {
    expect(shown('confidential-disclosure', 'Spotted a pothole on a road that isn\'t on the list? Tell us.', { account: 'corporate' })).toEqual([]);
    expect(shown('confidential-disclosure', 'EMBARGO 00:01 TUESDAY: new figures show record demand for school places.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads a picture of the whiteboard from an internal session as disclosure', () => {
    expect(shown('confidential-disclosure', "Whiteboard from this morning's depot options workshop 📸 Spot your team's sticky notes!")).toHaveLength(1);
    expect(shown('confidential-disclosure', 'Bought a whiteboard for the kitchen so the kids can plan their week.')).toEqual([]);
  });

  it('lets an official account point to its published report or acknowledge a leak', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('confidential-disclosure', 'Our full inspection report and the monitoring data are here: https://example.gov.uk/dam-report', corporate)).toEqual([]);
    expect(shown('confidential-disclosure', 'We are aware that parts of the draft report were shared online before publication.', corporate)).toEqual([]);
    expect(shown('confidential-disclosure', 'Parts of the draft report were shared before publication, and here they are.', { account: 'personal' })).toHaveLength(1);
  });

  it('needs more than "on the list" from an official account', () => {
    expect(shown('confidential-disclosure', 'Every bench on the list was inspected by our parks team last month.', { account: 'corporate' })).toEqual([]);
    expect(shown('confidential-disclosure', 'Heard from a mate in estates that our depot is on the list.', { account: 'personal' })).toHaveLength(1);
  });

  it('hears a report read before it is out', () => {
    expect(shown('confidential-disclosure', "Read the inspectors' draft on Elm Court today. It isn't due out until June.", { account: 'personal' })).toHaveLength(1);
  });

  it('lets an official account say it will publish a report', () => {
    expect(shown('confidential-disclosure', "We have received the operator's response to our inspection report. We will publish both by 30 April.", { account: 'corporate' })).toEqual([]);
  });

  it('lets an official account say a leak has happened, and reads "is on the list" as weak', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('confidential-disclosure', 'An internal memo has been shared online. We have referred it to our data protection officer.', corporate)).toEqual([]);
    expect(shown('confidential-disclosure', 'Gritters are out tonight and the hill to the school is on the list.', corporate)).toEqual([]);
  });

  it('reads "raised between us" as together', () => {
    expect(shown('confidential-disclosure', 'Fun run done, legs gone, £450 raised between us!', { account: 'personal' })).toEqual([]);
  });
  it('does not read a published report or a paper linked below as a leak', () => {
    expect(shown('confidential-disclosure', 'Our inspection report on school transport is out today: read it here https://example.gov.uk/transport', { account: 'corporate' })).toEqual([]);
    expect(shown('confidential-disclosure', 'Why are we proposing this? The reasons are set out in the cabinet paper linked below.', { account: 'corporate' })).toEqual([]);
  });
  it('reads an away day as a day out unless its business is told', () => {
    expect(shown('confidential-disclosure', 'Away day at the climbing wall with the finance team. Nobody fell off!')).toEqual([]);
    expect(shown('confidential-disclosure', 'At the away day the director showed us the options for closing two depots.')).not.toEqual([]);
  });
  it('reads the view from the top floor as a view', () => {
    expect(shown('confidential-disclosure', 'Last day in the office. I will miss the view from the top floor over the estuary.')).toEqual([]);
  });
  it('reads an away day where a director does impressions as a day out', () => {
    expect(shown('confidential-disclosure', 'Great team awayday. Turns out our director does a mean Elvis impression.')).toEqual([]);
  });
  it('reads a to-do list and an official account\'s joke as nothing disclosed', () => {
    expect(shown('confidential-disclosure', 'Big push this week: our team closed every overdue case on the list. Cake on Friday.')).toEqual([]);
    expect(shown('confidential-disclosure', 'The crew test the stage lights by playing catch with a torch, which we probably shouldn\'t tell you about.', { account: 'corporate' })).toEqual([]);
    expect(shown('confidential-disclosure', 'Between you and me, the Eastgate library is on the list for closure.')).not.toEqual([]);
  });
  it('reads the hedge between us and next door as a boundary', () => {
    expect(shown('confidential-disclosure', 'Finally finished the hedge between us and next door. Boundary disputes? Not here 😄')).toEqual([]);
  });

  it("reads the organisation's own \"we can't say more while…\" and the reader's waiting list as no leak", () => {
    expect(shown('confidential-disclosure', "We know about the felled trees. Our enforcement team is investigating and we can't say more while that continues.", { account: 'corporate' })).toEqual([]);
    expect(shown('confidential-disclosure', "Worth a look if you're on the list 👇")).toEqual([]);
  });
});
