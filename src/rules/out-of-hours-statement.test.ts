import { describe, expect, it } from 'vitest';
import rule from './out-of-hours-statement';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('out-of-hours-statement', () => {
  it('raises a contentious statement after 8pm and leaves the same at 11am', () => {
    const text = 'Our response to today\'s Gazette story: the article is deeply misleading.';
    expect(shown('out-of-hours-statement', text, { account: 'corporate' }, { postedAt: '2026-03-04T21:30:00' })).toHaveLength(1);
    expect(shown('out-of-hours-statement', text, { account: 'corporate' }, { postedAt: '2026-03-04T11:00:00' })).toEqual([]);
  });
  it('counts Saturday and Sunday as the weekend', () => {
    const text = 'Statement on the depot closure: we will robustly defend any legal challenge.';
    expect(shown('out-of-hours-statement', text, { account: 'corporate' }, { postedAt: '2026-03-07T10:00:00' })).toHaveLength(1);
    expect(shown('out-of-hours-statement', text, { account: 'corporate' }, { postedAt: '2026-03-08T10:00:00' })).toHaveLength(1);
  });
  it('accepts a Date', () => {
    expect(shown('out-of-hours-statement', 'Statement on the closure of the depot.', { account: 'corporate' }, { postedAt: new Date(2026, 2, 4, 23, 0) })).toHaveLength(1);
  });

  it('reads a catch-up notice after a strike as routine at the weekend', () => {
    expect(shown('out-of-hours-statement', 'Bins missed during the strike will be collected first, starting with the Hillside rounds. Check your street on our website.', { account: 'corporate' }, { postedAt: '2026-03-14T10:00:00' })).toEqual([]);
  });

  it('lets an overnight road reopening through at any hour', () => {
    expect(shown('out-of-hours-statement', 'Closure update: the southbound carriageway at junction 4 is now open again after emergency repairs.', { account: 'corporate' }, { postedAt: '2026-03-05T05:10:00' })).toEqual([]);
  });

  it('hears a contract ended or offenders named out of hours', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('out-of-hours-statement', 'We have today ended our contract with Swiftclean for street cleaning. Our interim plan: https://example.gov.uk/cleaning', corporate, { postedAt: '2026-03-14T11:00:00' })).toHaveLength(1);
    expect(shown('out-of-hours-statement', 'From next week we will be naming and shaming the worst fly-tippers.', corporate, { postedAt: '2026-03-05T06:20:00' })).toHaveLength(1);
    expect(shown('out-of-hours-statement', 'Snow update: Hill Top Primary is closed today. All other schools are open.', corporate, { postedAt: '2026-01-29T06:40:00' })).toEqual([]);
  });
  it('reads a weekend weather warning with closures as routine', () => {
    expect(shown('out-of-hours-statement', 'Amber snow warning from 6am tomorrow. The moor road will close if drifts build. Check closures before you travel.', { account: 'corporate' }, { postedAt: '2026-02-07T08:30:00Z' })).toEqual([]);
  });
  it('reads a strike notice saying what is closed today as routine', () => {
    expect(shown('out-of-hours-statement', 'Strike notice: the harbour office is closed today because of industrial action. For emergencies call the duty harbour master.', { account: 'corporate' }, { postedAt: '2026-03-14T08:00:00Z' })).toEqual([]);
  });
  it('hears court proceedings, a referral to prosecutors or staff suspended as contentious out of hours', () => {
    expect(shown('out-of-hours-statement', 'Update on Harrow Lane Lettings: we have today started court proceedings against the company.', { account: 'corporate' }, { postedAt: '2026-03-28T10:30:00' })).not.toEqual([]);
    expect(shown('out-of-hours-statement', 'We have this morning suspended two wardens pending an investigation.', { account: 'corporate' }, { postedAt: '2026-03-09T06:20:00' })).not.toEqual([]);
    expect(shown('out-of-hours-statement', 'Carousel rides are suspended today because of high winds.', { account: 'corporate' }, { postedAt: '2026-03-28T10:30:00' })).toEqual([]);
  });

  it('reads a rebuttal of a press report as contentious at the weekend', () => {
    expect(shown('out-of-hours-statement', "Claims in tonight's paper that we hid the inspection results are untrue. A full statement follows on Monday.", { account: 'corporate' }, { postedAt: '2026-03-14T21:00:00' })).toHaveLength(1);
  });

  it('reads ending a contract as contentious late in the evening', () => {
    expect(shown('out-of-hours-statement', 'We have terminated our contract with Hilltop Coaches after repeated missed school runs.', { account: 'corporate' }, { postedAt: '2026-03-11T21:15:00' })).toHaveLength(1);
  });

  it('reads a reply to a programme, and ending funding, as contentious out of hours', () => {
    expect(shown('out-of-hours-statement', "Our reply to tonight's programme: every result we publish is checked twice.", { account: 'corporate' }, { postedAt: '2026-03-11T22:30:00' })).toHaveLength(1);
    expect(shown('out-of-hours-statement', 'Cabinet has agreed to end funding for the Northgate youth club from April: https://example.gov.uk/report', { account: 'corporate' }, { postedAt: '2026-03-11T06:10:00' })).toHaveLength(1);
  });

  it('reads "tonight we can confirm", ending a named contract and not renewing a lease as contentious', () => {
    expect(shown('out-of-hours-statement', 'Tonight we can confirm that we will publish a table naming the worst landlords.', { account: 'corporate' }, { postedAt: '2026-03-11T22:00:00' })).toHaveLength(1);
    expect(shown('out-of-hours-statement', 'We have this morning ended our cleaning contract with Brightway at the depot.', { account: 'corporate' }, { postedAt: '2026-03-11T06:10:00' })).toHaveLength(1);
    expect(shown('out-of-hours-statement', 'We will not be renewing the lease of the boathouse to its current tenants.', { account: 'corporate' }, { postedAt: '2026-03-11T05:50:00' })).toHaveLength(1);
  });
});
