import { describe, expect, it } from 'vitest';
import rule from './official-role-opinion';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('official-role-opinion', () => {
  it('spans from the role claim to the opinion', () => {
    expect(shown('official-role-opinion', 'Trading standards officer here. Half the shops on Carr Lane sell illegal stock, trust me.')).toEqual([
      'warning "Trading standards officer here. Half the shops on Carr Lane sell illegal stock, trust me"',
    ]);
  });
  it('stays quiet on a corporate account', () => {
    expect(shown('official-role-opinion', 'As a planning officer, I think this is right.', { account: 'corporate' })).toEqual([]);
  });
  it('does not lend the title to mild views in a career reflection', () => {
    expect(shown('official-role-opinion', 'Eight years as an environmental health officer: what I have learned. The best inspections I have seen started with a cup of tea and a question, not a checklist.')).toEqual([]);
  });
  it('hears a role stated with a colon, a team "here" and a team spoken for', () => {
    expect(shown('official-role-opinion', 'Bridge engineer for the county council: ignore the press, the crossing is perfectly safe.')).not.toEqual([]);
    expect(shown('official-role-opinion', 'Payroll team at Elmsworth here. Half the managers never read the guidance.')).not.toEqual([]);
    expect(shown('official-role-opinion', 'Speaking for the team here at the depot: we back the drivers all the way.')).not.toEqual([]);
  });
  it('flags an offer to use work access for people', () => {
    expect(shown('official-role-opinion', 'If your licence renewal is stuck, I can have a look at your application on the system for you. DM me your reference.')).not.toEqual([]);
  });
  it('hears "Budget team here" and years worked in a service', () => {
    expect(shown('official-role-opinion', 'Budget team here: the fallback plan is brutal, trust me.')).not.toEqual([]);
    expect(shown('official-role-opinion', "Nine years I've worked in planning at Eastwick and this is the daftest decision I've seen.")).not.toEqual([]);
  });
  it('reads "I can\'t fix your permit personally" as doing, not opining', () => {
    expect(shown('official-role-opinion', "Permit changes next month, details on the council's page. (Yes, I work there. No, I can't fix your permit personally 😂)")).toEqual([]);
  });
  it('hears a job named in a heading such as "a thought from a planning officer"', () => {
    expect(shown('official-role-opinion', "Late-night thought from a licensing officer: the new bar on Quay Street is a disaster waiting to happen, and committee will wave it through.", { role: 'local-gov-officer' })).not.toEqual([]);
  });
  it('hears pride in a party beside the job, and the employer named as one\'s own', () => {
    expect(shown('official-role-opinion', 'Proud to work for Marlow Vale. Proud to be a Green. Both are about looking after this place.', { role: 'local-gov-officer', employer: 'Marlow Vale District Council' })).not.toEqual([]);
    expect(shown('official-role-opinion', "I'm a lifeboat station officer and a Labour member. Our MP has been superb on the harbour; vote for her when the time comes.")).not.toEqual([]);
    expect(shown('official-role-opinion', 'Proud to work for Marlow Vale. What a team.', { role: 'local-gov-officer', employer: 'Marlow Vale District Council' })).toEqual([]);
  });
  it('hears "proud to be a … coordinator" and "as head of … here I\'ll" as the job named', () => {
    expect(shown('official-role-opinion', 'Proud to be a Canal Trust events coordinator and prouder still to be canvassing for our Green candidate this weekend.')).not.toEqual([]);
    expect(shown('partisan-content', "Member of the Labour Party for ten years, and as head of housing here I'll make sure our manifesto gets delivered 🌹", { role: 'local-gov-officer' })).not.toEqual([]);
  });

  it('reads a hobby\'s post ("volunteer race director") as no claim of the job', () => {
    expect(shown('official-role-opinion', "I'm a volunteer race director at the Saturday 5k, and honestly, the best bit is the tail walker.")).toEqual([]);
  });
});
