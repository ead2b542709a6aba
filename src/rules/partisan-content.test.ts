import { describe, expect, it } from 'vitest';
import rule from './partisan-content';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('partisan-content', () => {
  it('names the partisan passage on a corporate account, without calling a party it backs a target', () => {
    expect(shown('partisan-content', 'Proud that Labour-run Eastwick is finally fixing the roads after years of Tory neglect.', { account: 'corporate' })).toEqual([
      'serious "Labour-run"',
    ]);
  });
  it('sees through obfuscated party names and camel-case hashtags', () => {
    expect(shown('partisan-content', 'Get the T0ries out! #ToriesOut', { restricted: true })).not.toEqual([]);
    expect(shown('partisan-content', 'Vote L\u0430bour on Thursday', { restricted: true })).not.toEqual([]);
  });
  it('is a warning, not serious, for a politically free officer who names the job', () => {
    expect(shown('partisan-content', 'As a housing officer at Eastwick I see what years of Tory cuts have done. Vote them out.', { restricted: false })[0]).toMatch(/^warning /);
  });
  it('raises a corporate repost of a candidate\'s pitch', () => {
    expect(shown('partisan-content', 'RT @CllrJoRoe: Proud of what we have delivered. Vote Roe on 7 May!', { account: 'corporate' }, { kind: 'repost' })).toHaveLength(1);
  });
  it('does not read "labour market" or "Reform" in a handle as a party', () => {
    expect(shown('partisan-content', 'Labour market figures are out today, and @EdReformNow has a new report.', { account: 'corporate' })).toEqual([]);
  });

  it('knows a party it has never heard of by how it is named', () => {
    expect(shown('partisan-content', 'Unlike the clowns in the Harbour First group on the council, we get things fixed.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('partisan-content', 'The Save Elm Park group are meeting us on Tuesday, and they are clowns if they think we will budge.', { account: 'corporate' })).toEqual([]);
  });

  it('ties campaigning to the job when the post is written from the desk', () => {
    expect(shown('partisan-content', 'Back at my desk at the Rivers Agency after a weekend canvassing for the Greens.', { account: 'personal', employer: 'Rivers Agency' })).toHaveLength(1);
  });

  it('does not read "DM me" as campaigning', () => {
    expect(shown('partisan-content', 'My team is hiring two analysts. DM me if you want a chat.', { account: 'personal', restricted: true })).toEqual([]);
  });

  it('reads a club\'s re-election as a club\'s', () => {
    expect(shown('partisan-content', 'Happy to say I have been re-elected as treasurer of the harriers running club.', { account: 'personal', restricted: true })).toEqual([]);
  });

  it('reads guidance about what restricted staff cannot do as guidance, not campaigning', () => {
    expect(shown('partisan-content', 'If you hold a politically restricted post, you cannot canvass or share campaign material.', { account: 'corporate' })).toEqual([]);
  });

  it('reads a referendum\'s sides as sides, and a union\'s ballot as no referendum', () => {
    const restricted = { account: 'personal' as const, restricted: true };
    expect(shown('partisan-content', 'Vote No on 4 June and keep the committee system we have.', restricted)).toHaveLength(1);
    expect(shown('partisan-content', 'So pleased the Yes campaign looks set to win the referendum.', restricted)).toHaveLength(1);
    expect(shown('partisan-content', 'The Yes and No campaigns will both speak at the referendum hustings on Tuesday.', restricted)).toEqual([]);
    expect(shown('partisan-content', 'RT @DepotUnite: Vote YES for strike action in the pay ballot!', restricted, { kind: 'repost' })).toEqual([]);
  });

  it('hears "proud council officer" as naming the job', () => {
    const free = { account: 'personal' as const, restricted: false };
    expect(shown('partisan-content', 'Vote Yes on 4 June for an elected mayor. Proud council officer and prouder Yes voter!', free)).toHaveLength(1);
    expect(shown('partisan-content', 'Vote Yes on 4 June for an elected mayor!', free)).toEqual([]);
  });

  it('reads joining a party, its rosettes and a member\'s ten-year vision as taking a side', () => {
    const restricted = { account: 'personal' as const, restricted: true };
    expect(shown('partisan-content', 'Joined the Harbour Party this morning. Long overdue.', restricted)).toHaveLength(1);
    expect(shown('partisan-content', 'So many green rosettes in the market square today 💚', restricted)).toHaveLength(1);
    expect(shown('partisan-content', 'Cllr Ruth Dace opened the pool and set out her vision for running it for the next ten years.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('partisan-content', 'Cheering on Amir Shah at the hustings tonight. The town needs a mayor who listens.', restricted)).toHaveLength(1);
  });

  it('reads a list of what is not allowed, and a shared postal-vote deadline, as no side', () => {
    const restricted = { account: 'personal' as const, restricted: true };
    expect(shown('partisan-content', 'Restrictions training today: no canvassing, no leaflets, no party posts. Noted!', restricted)).toEqual([]);
    expect(shown('partisan-amplification', 'RT @EastfieldCouncil: The deadline to apply for a postal vote is 5pm tomorrow.', restricted, { kind: 'repost' })).toEqual([]);
  });

  it('reads an official notice of a councillor joining a party, a rose among roses and a literal "back … on" as no side', () => {
    expect(shown('partisan-content', 'Cllr Ann Lee has today left the Independent group and joined Reform UK. The council\'s make-up: https://example.gov.uk/councillors', { account: 'corporate' })).toEqual([]);
    expect(shown('partisan-content', 'I work in the parks team: prune your roses just above an outward-facing bud 🌹', { account: 'personal' })).toEqual([]);
    expect(shown('partisan-content', 'The bandstand goes back together on a new base in June.', { account: 'corporate' })).toEqual([]);
    expect(shown('partisan-content', 'The council is not campaigning for either option in the referendum.', { account: 'corporate', electionPeriod: true })).toEqual([]);
  });
  it('reads what each referendum result means, and canvassing the family on chips, as no side', () => {
    const corp = { account: 'corporate' as const, electionPeriod: true };
    expect(shown('partisan-content', 'If most people vote Yes, the Band D charge will be £1,600; if they vote No, it will be £1,540.', corp)).toEqual([]);
    expect(shown('partisan-content', 'Canvassed the whole family on the best chippy in town. The harbour one wins.', { restricted: true, electionPeriod: true })).toEqual([]);
  });
  it('hears "if you work at the council like me" as the job named beside campaigning', () => {
    expect(shown('partisan-content', "Leafleting for the Greens tonight. If you work at the council like me you'll know why we need them.", { role: 'local-gov-officer' })).not.toEqual([]);
  });

  it('hears knocking doors for a party from a restricted officer', () => {
    expect(shown('partisan-content', "Off to knock doors with the Lib Dems in Hollybank tonight. Flask of tea packed.", { restricted: true })).not.toEqual([]);
    expect(shown('partisan-content', "Off to knock doors with the Lib Dems in Hollybank tonight. Flask of tea packed.", { restricted: false })).toEqual([]);
  });

  it('hears "I plan … for this council" as the job named beside voting advice', () => {
    expect(shown('partisan-content', 'I plan the gritting routes for this council, and I\'m telling you straight: vote Labour on Thursday.', { restricted: false, electionPeriod: true })).not.toEqual([]);
    expect(shown('partisan-content', 'I\'m telling you straight: vote Labour on Thursday.', { restricted: false, electionPeriod: true })).toEqual([]);
  });

  it('reads "register to vote for the Welsh Parliament election" as the election, not a side', () => {
    expect(shown('partisan-content', 'Last chance to register to vote for the Welsh Parliament election. It takes five minutes online.', { restricted: true, electionPeriod: true })).toEqual([]);
  });

  it('hears office in a local party association from a restricted officer', () => {
    expect(shown('partisan-content', 'Just been elected secretary of my local Conservative association. First job: the raffle.', { restricted: true })).not.toEqual([]);
  });
});
