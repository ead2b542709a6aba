import { describe, expect, it } from 'vitest';
import rule from './partisan-amplification';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('partisan-amplification', () => {
  it('spans the amplified post', () => {
    expect(shown('partisan-amplification', 'RT @EastwickLabour: Promises kept. Vote Labour!', { account: 'corporate' }, { kind: 'repost' })).toEqual([
      'serious "RT @EastwickLabour: Promises kept. Vote Labour!"',
    ]);
  });
  it('reads the quoted text captured by the extension', () => {
    expect(shown('partisan-amplification', 'Spot on', { account: 'corporate' }, { kind: 'quote', quoted: 'Sign our petition to scrap the 20mph limits now!' })).toHaveLength(1);
  });
  it('is only a note for a politically free officer who does not name the job', () => {
    expect(shown('partisan-amplification', 'RT @EastwickLabour: Vote Labour!', { restricted: false }, { kind: 'repost' })[0]).toMatch(/^info /);
  });

  it('notes a free officer sharing a party\'s post, and warns when the shared post is a campaign', () => {
    const free = { account: 'personal' as const, restricted: false };
    expect(shown('partisan-amplification', 'RT @OrmsbyGreens: Vote Green on 7 May for cleaner rivers.', free, { kind: 'repost' })).toEqual([expect.stringMatching(/^info /)]);
    expect(shown('partisan-amplification', 'RT @StopTheBypassCampaign: Join our campaign and sign the petition before Friday!', free, { kind: 'repost' })).toEqual([expect.stringMatching(/^warning /)]);
  });

  it('reads a travel notice about a protest as a notice, not as joining it', () => {
    expect(shown('partisan-amplification', 'RT @NorthShiresPolice: Expect delays on the ring road on Sunday because of a march through the town centre. Plan your journey.', { account: 'corporate' }, { kind: 'repost' })).toEqual([]);
    expect(shown('partisan-amplification', 'RT @StopTheRingRoad: March with us on Sunday and tell the council no!', { account: 'corporate' }, { kind: 'repost' })).toHaveLength(1);
  });

  it('reads a "…Truth" account as a campaign', () => {
    expect(shown('partisan-amplification', 'RT @BypassTruthUK: The minister wasted millions on this road and still won\'t apologise.', { account: 'personal', role: 'civil-servant' }, { kind: 'repost' })).toHaveLength(1);
  });

  it('reads a shared post calling a decision shameful as campaigning', () => {
    expect(shown('partisan-amplification', 'Spot on 👇\n\n> @ParentsOfEastfield: The cabinet sold out our kids to balance the books. Shameful.', { account: 'personal' }, { kind: 'quote' })).toHaveLength(1);
  });
  it('does not read a handle that merely begins with "no" or "ban" as a campaign', () => {
    expect(shown('partisan-amplification', 'RT @NOVA_Library: Half-term craft sessions start on Tuesday, free for under-12s.', {}, { kind: 'repost' })).toEqual([]);
    expect(shown('partisan-amplification', 'RT @BanburyParks: The bandstand reopens on Saturday.', {}, { kind: 'repost' })).toEqual([]);
    expect(shown('partisan-amplification', 'RT @StopTheRelief_Road: Email your councillor before Thursday!', {}, { kind: 'repost' })).not.toEqual([]);
  });
  it('reads a party\'s own account as partisan when an official account shares it', () => {
    expect(shown('partisan-amplification', 'RT @NorthValeParty: See you all at conference!', { account: 'corporate' }, { kind: 'repost' })).not.toEqual([]);
    expect(shown('partisan-amplification', 'RT @MaritimeReformUK: New coastguard training dates are out.', { account: 'corporate' }, { kind: 'repost' })).toEqual([]);
  });
  it('hears a call to march or give to a strike in shared content, even from a free officer', () => {
    expect(shown('partisan-amplification', "Sharing 👇\n\n> @SaveTheHillBuses: The Greenfield councillors have abandoned the hill villages. Join our march on Saturday.", {}, { kind: 'quote' }).some((f) => f.startsWith('warning'))).toBe(true);
    expect(shown('partisan-amplification', 'RT @PorthStrikeFund: Everyone out on Friday. Give what you can to the strike fund!', {}, { kind: 'repost' })).not.toEqual([]);
  });
  it('reads "…History" as no Tory handle: the party must be a word of the handle', () => {
    expect(shown('partisan-amplification', "A lovely find 👇\n\n> @MillLaneHistory: The 1902 rota for the lamplighters, found in a drawer.", { account: 'corporate' }, { kind: 'quote' })).toEqual([]);
    expect(shown('partisan-amplification', "Worth a read 👇\n\n> @MillLaneTories: Our plan for the lamplighters.", { account: 'corporate' }, { kind: 'quote' })).not.toEqual([]);
  });

  it('reads "low-lying" in a shared weather warning as ground, not lies', () => {
    expect(shown('partisan-amplification', 'RT @MetDeskNorth: Amber warning for snow on high ground tonight. Avoid low-lying lanes that are prone to flooding.', { account: 'corporate' }, { kind: 'repost' })).toEqual([]);
  });
  it("hears a candidate's campaign account by its name (\"@PatelForMayor\")", () => {
    expect(shown('partisan-amplification', 'This 👇\n\n> @PatelForMayor: Free parking in every town centre from day one.', { restricted: true }, { kind: 'quote' })).not.toEqual([]);
  });
});
