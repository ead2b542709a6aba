import { describe, expect, it } from 'vitest';
import rule from './election-period-publicity';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('election-period-publicity', () => {
  it('is serious for a restricted officer and quiet for a free one who does not name the job', () => {
    const text = 'Out leafleting for the Greens today. Vote Green on Thursday!';
    expect(shown('election-period-publicity', text, { restricted: true, electionPeriod: true })[0]).toMatch(/^serious /);
    expect(shown('election-period-publicity', text, { restricted: false, electionPeriod: true })).toEqual([]);
  });

  it('leaves count-night and ballot-paper notices alone', () => {
    const inPeriod = { account: 'corporate' as const, electionPeriod: true };
    expect(shown('election-period-publicity', 'Ballot papers are being counted at the leisure centre from 10pm. Results will be posted here as each ward is declared.', inPeriod)).toEqual([]);
    expect(shown('election-period-publicity', 'Ballot papers for the by-election are being printed this week; postal votes go out from 20 April.', inPeriod)).toEqual([]);
  });

  it('reads encouragement to vote, whoever for, as turnout', () => {
    expect(shown('election-period-publicity', 'Whichever party you back, go and listen to the candidates before you vote on Thursday.', { account: 'personal', restricted: true, electionPeriod: true })).toEqual([]);
  });

  it('reads a minister publicised by an official account in the election period as publicity, unless put off', () => {
    const corporate = { account: 'corporate' as const, role: 'civil-servant' as const, electionPeriod: true };
    expect(shown('election-period-publicity', 'The Bridges Minister visited our Carlow depot today to meet the inspection crews.', corporate)).toHaveLength(1);
    expect(shown('election-period-publicity', "The Bridges Minister's visit to our Carlow depot is postponed until after the election.", corporate)).toEqual([]);
  });

  it('hears a restricted officer knocking doors for a party in the election period', () => {
    expect(shown('election-period-publicity', 'Knocked doors for the Greens in Eastfield all evening.', { account: 'personal', restricted: true, electionPeriod: true })).toHaveLength(1);
  });

  it('lets every candidate alike, and a declared result, through', () => {
    const corporate = { account: 'corporate' as const, electionPeriod: true };
    expect(shown('election-period-publicity', 'The town hall can be booked by any candidate for hustings on the same terms.', corporate)).toEqual([]);
    expect(shown('election-period-publicity', 'Eastfield by-election result: turnout was 21%. The full declaration, with votes for each candidate: https://example.gov.uk/result', corporate)).toEqual([]);
  });

  it('reads a verdict stated as fact, or something new, as restricted in the period; something put off as not', () => {
    const corporate = { account: 'corporate' as const, electionPeriod: true };
    expect(shown('election-period-publicity', 'The decision to move to fortnightly collections was the right one, whatever happens at the polls.', corporate)).toHaveLength(1);
    expect(shown('election-period-publicity', 'New for Eastfield: from 1 May you can book a garden waste collection online.', corporate)).toHaveLength(1);
    expect(shown('election-period-publicity', 'The review of councillor allowances will be published after the elections.', corporate)).toEqual([]);
  });

  it('reads candidates in general as no one in particular, and a record investment as publicity', () => {
    const corporate = { account: 'corporate' as const, electionPeriod: true };
    expect(shown('election-period-publicity', 'The council runs the election but does not regulate what candidates say online.', corporate)).toEqual([]);
    expect(shown('election-period-publicity', 'Record investment in our libraries this year 📚', corporate)).toHaveLength(1);
  });
  it('reads opening hours and polling-day notices in the period as routine', () => {
    const corp = { account: 'corporate' as const, electionPeriod: true };
    expect(shown('election-period-publicity', 'The museum will close at 3pm on Friday 24 April for a private event. Normal hours resume on Saturday.', corp)).toEqual([]);
    expect(shown('election-period-publicity', 'Police and crime commissioner election on 7 May: polls open 7am to 10pm. Check where you vote and what ID to bring.', corp)).toEqual([]);
  });
  it('reads how to vote by post as election administration', () => {
    expect(shown('election-period-publicity', 'Want to vote by post in the mayoral election? Your form must reach our elections team by 5pm on 14 April.', { account: 'corporate', electionPeriod: true })).toEqual([]);
  });
  it('hears a swipe at candidates from an official account in the period', () => {
    expect(shown('election-period-publicity', 'While certain candidates waste their time spreading scare stories about the bypass, we are getting on with fixing the roads.', { account: 'corporate', electionPeriod: true })).not.toEqual([]);
  });
  it('hears "why I\'m backing…" from a restricted officer in the period', () => {
    expect(shown('election-period-publicity', "Why I'm backing Dafydd Rees for mayor: he gets things done.", { restricted: true, electionPeriod: true })).not.toEqual([]);
  });
  it('leaves a politically free council officer naming the job to the party-political and role rules', () => {
    const text = 'As a parks officer at Tarnside I can tell you only the Greens will save the lido. Vote Green on 7 May.';
    expect(shown('election-period-publicity', text, { role: 'local-gov-officer', restricted: false, electionPeriod: true })).toEqual([]);
    expect(shown('partisan-content', text, { role: 'local-gov-officer', restricted: false, electionPeriod: true })).not.toEqual([]);
    expect(shown('election-period-publicity', 'Out with the Greens tonight. Vote Green on 7 May.', { role: 'local-gov-officer', restricted: false, electionPeriod: true })).toEqual([]);
    expect(shown('election-period-publicity', text, { role: 'local-gov-officer', restricted: true, electionPeriod: true })).not.toEqual([]);
  });
  it('reads a holiday closure notice as routine in the period', () => {
    expect(shown('election-period-publicity', 'Books due back during the Christmas closure will be renewed automatically.', { account: 'corporate', electionPeriod: true })).toEqual([]);
  });

  it('reads a purdah notice and "where the new mayor will be chosen" as no publicity', () => {
    expect(shown('election-period-publicity', "During the general election campaign we'll be posting essential service information only.", { account: 'corporate', electionPeriod: true })).toEqual([]);
    expect(shown('election-period-publicity', 'The annual meeting, where the new mayor will be chosen, is on 20 May at the Guildhall.', { account: 'corporate', electionPeriod: true })).toEqual([]);
  });
});
