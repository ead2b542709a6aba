import { describe, expect, it } from 'vitest';
import rule from './employer-criticism';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('employer-criticism', () => {
  it('raises the sentence and names what is criticised', () => {
    expect(shown('employer-criticism', 'Our chief exec cut our mileage allowance again.')).toEqual([
      'warning "Our chief exec cut our mileage allowance again." → Our chief exec',
    ]);
  });
  it('reads distrust spoken for a workplace', () => {
    expect(shown('employer-criticism', 'Nobody on the second floor trusts the new director.')).toHaveLength(1);
  });

  it('hears praise as praise, and a place\'s name on an event as the event', () => {
    expect(shown('employer-criticism', 'Proud of the bins crew at the council this week. You lot are brilliant.', { account: 'personal', employer: 'Ormsby Council' })).toEqual([]);
    expect(shown('employer-criticism', 'Ran the Ormsby 10k this morning. Killing it, if I say so myself!', { account: 'personal', employer: 'Ormsby Borough Council' })).toEqual([]);
  });

  it('hears a put-down or scare quotes about the employer\'s leaders', () => {
    expect(shown('employer-criticism', 'Our chief exec told the radio the backlog is fine. He\'s never handled a single case in his life.', { account: 'personal' })).toHaveLength(1);
    expect(shown('employer-criticism', 'Yet another round of \'transformation\' at the department. Still no working printers.', { account: 'personal' })).toHaveLength(1);
  });

  it('raises a repost that criticises the employer, but leaves party content to the partisan rules', () => {
    expect(shown('employer-criticism', 'RT @SaveMillPool: The council\'s plan to shut the pool is a disgrace. Tell the cabinet!', { account: 'personal', role: 'local-gov-officer' })).toHaveLength(1);
    expect(shown('employer-criticism', 'RT @OrmsbyGreens: The council has failed on flooding. Vote Green on 7 May.', { account: 'personal', role: 'local-gov-officer' })).toEqual([]);
  });

  it('hears the employer called unlawful, but not a third party called unlawful by someone who names their job', () => {
    expect(shown('employer-criticism', 'The council\'s plan to cut our sick pay is unlawful and we will win at tribunal.', { account: 'personal', role: 'local-gov-officer' })).toHaveLength(1);
    expect(shown('employer-criticism', 'Not speaking for the council, but that builder is breaking the law on the Fell Road site.', { account: 'personal', role: 'local-gov-officer' })).toEqual([]);
  });

  it('needs the employer\'s short name written as a name, not a common word', () => {
    expect(shown('employer-criticism', 'I have learned to check the collision figures before I say anything about a road. Awful bends everywhere.', { account: 'personal', employer: 'Road Safety Partnership North' })).toEqual([]);
  });

  it('reads the employer as the subject of a legal verdict after an opening phrase', () => {
    expect(shown('employer-criticism', 'By cutting the night buses without asking anyone, Holmfirth Council is acting unlawfully.', { account: 'personal', employer: 'Holmfirth Council' })).toHaveLength(1);
    expect(shown('employer-criticism', 'Holmfirth Council says the landlord is acting unlawfully and has served a notice.', { account: 'personal', employer: 'Holmfirth Council' })).toEqual([]);
  });

  it('hears whoever signed a policy off as the employer\'s decision-makers, not whoever designed a car park', () => {
    expect(shown('employer-criticism', 'The new hot-desking policy means I spend the first hour hunting for a chair. Whoever signed this off has never set foot in our office.', { account: 'personal' })).toHaveLength(1);
    expect(shown('employer-criticism', 'Whoever designed the retail park ticket machine, I admire your total commitment to chaos 😅', { account: 'personal' })).toEqual([]);
  });

  it('reads the employer\'s place name on an event as the event', () => {
    expect(shown('employer-criticism', 'Glen Morrow half marathon done. Legs destroyed, but we smashed the target for the hospice!', { account: 'personal', employer: 'Glen Morrow Council' })).toEqual([]);
  });

  it('hears "wouldn\'t recognise X if" about the employer\'s leaders as a put-down', () => {
    expect(shown('employer-criticism', "Our senior leadership wouldn't recognise a staffing crisis if it landed on their desks.", { account: 'personal' })).toHaveLength(1);
  });

  it('hears a shared campaign against the employer\'s own decision as criticism of it', () => {
    const officer = { account: 'personal' as const, role: 'local-gov-officer' as const, employer: 'Marshfield Vale District Council' };
    expect(shown('employer-criticism', 'RT @SaveMarshfieldPool: Tell the council: no to closing the lido! Sign and share', officer, { kind: 'repost' })).toHaveLength(1);
    expect(shown('employer-criticism', 'RT @MarshfieldGMB: Depot crews walk out on Monday. Management refuse to listen, so we will be heard.', officer, { kind: 'repost' })).toHaveLength(1);
    expect(shown('employer-criticism', 'RT @KeepTheLido: Marshfield Vale council are selling off our lido to their builder pals. Stop the sale!', officer, { kind: 'repost' })).toHaveLength(1);
    // The same campaign thanking the council is no criticism.
    expect(shown('employer-criticism', 'RT @SaveMarshfieldPool: Thank you to the council for listening. The lido stays open!', officer, { kind: 'repost' })).toEqual([]);
  });

  it('hears a shared campaign that says the employer\'s councillors or ministers failed', () => {
    expect(shown('employer-criticism', 'RT @SaveHartCrossing: Councillors voted to put our kids at risk. Join the march on Saturday!', { account: 'personal', role: 'local-gov-officer' }, { kind: 'repost' })).toHaveLength(1);
    expect(shown('employer-criticism', 'RT @FibreForFells: Ministers promised gigabit to every farm. Most still can\'t get a signal. Join our campaign.', { account: 'personal', role: 'civil-servant' }, { kind: 'repost' })).toHaveLength(1);
  });

  it('hears "can\'t be trusted" and a legal verdict on the employer after an opinion opener', () => {
    const officer = { account: 'personal' as const, role: 'local-gov-officer' as const, employer: 'Eastfield Borough Council' };
    expect(shown('employer-criticism', 'Eastfield council cannot be trusted with our pensions.', officer)).toHaveLength(1);
    expect(shown('employer-criticism', 'Pretty sure the council scrapping our overtime deal is unlawful.', officer)).toHaveLength(1);
  });
  it('reads a harsh adverb before praise as praise', () => {
    expect(shown('employer-criticism', "My manager called my rota 'ridiculously good' today. Framing it.", { employer: 'Eastwick Council' })).toEqual([]);
  });
  it('does not read the employer disowned in a disclaimer as criticised', () => {
    expect(shown('employer-criticism', "Not my employer's view, obviously, but anyone backing that candidate needs a long lie down.", { employer: 'Eastwick Council', role: 'local-gov-officer' })).toEqual([]);
  });
  it('hears a scheme called broken or a false economy beside a claim of the job', () => {
    expect(shown('employer-criticism', 'As someone who assesses these grants for a living: the formula is broken and the teams that need it most lose out.', { employer: 'Eastwick Council', role: 'local-gov-officer' })).not.toEqual([]);
    expect(shown('employer-criticism', 'I manage the parks service at Eastwick and, personally, closing the lido is a false economy.', { employer: 'Eastwick Council', role: 'local-gov-officer' })).not.toEqual([]);
  });
  it('reads a disclaimer that disowns the employer, and the writer\'s own job title, as no target', () => {
    expect(shown('employer-criticism', "My opinions, not the council's: the bloke who keeps parking across my drive is an idiot.", { role: 'local-gov-officer' })).toEqual([]);
    expect(shown('employer-criticism', "Trading standards officer here. The man selling those chargers is a chancer and his stock would fail any test.", { role: 'local-gov-officer' })).toEqual([]);
  });
  it('hears "whoever runs this department needs sacking"', () => {
    expect(shown('employer-criticism', 'Six weeks and still no answer. Whoever runs this department needs sacking.')).not.toEqual([]);
  });
  it('reads "I don\'t work for the council" as where one works, not what fails', () => {
    expect(shown('employer-criticism', "Going to the Save Our Baths meeting tonight as a neighbour. I don't work for the council's leisure team, before anyone asks.", { role: 'local-gov-officer' })).toEqual([]);
  });
  it('reads "upstairs at the Red Lion" as a room and a place named after "above" as a place', () => {
    expect(shown('employer-criticism', 'Branch meeting Thursday 7pm, upstairs at the Red Lion. Agenda: the overtime ban ballot.', { role: 'local-gov-officer' })).toEqual([]);
    expect(shown('employer-criticism', 'Spent Sunday rebuilding a collapsed wall on a farm above Tarnside. Back aching, wall standing.', { role: 'local-gov-officer', employer: 'Tarnside Borough Council' })).toEqual([]);
  });

  it('reads "the worst loft conversion I\'ve seen" beside the job as a story from the job', () => {
    expect(shown('employer-criticism', "As a building control officer at Marlow, the worst loft conversion I've seen had no stairs at all.", { employer: 'Marlow District Council' })).toEqual([]);
  });
  it('reads "casualty data" as data, and "the agency" as someone else for a council officer', () => {
    expect(shown('employer-criticism', 'My unit at the Department for Road Safety is recruiting a casualty statistics lead.', { role: 'civil-servant', employer: 'Department for Road Safety' })).toEqual([]);
    expect(shown('employer-criticism', 'The agency sending us locums is breaking the law, honestly.', { employer: 'Marlow District Council' })).toEqual([]);
  });
  it('hears "worse than ministers are letting on", and the employer after a lead-in and a colon', () => {
    expect(shown('employer-criticism', 'The casework backlog is far worse than ministers are letting on.', { role: 'civil-servant', employer: 'Department for Skills' })).not.toEqual([]);
    expect(shown('employer-criticism', 'Speaking as one of the planning team here: the council is in breach of its own policy on this.', { employer: 'Marlow District Council' })).not.toEqual([]);
  });

  it('hears "don\'t get me started on" what the employer\'s leaders did', () => {
    expect(shown('employer-criticism', '2/3 And don\'t get me started on what the board did with the training budget.', { employer: 'Ashby District Council' })).not.toEqual([]);
  });
  it('reads a hobby\'s post-holder ("volunteer race director") as no one at work', () => {
    expect(shown('employer-criticism', "I'm a volunteer race director at the Saturday 5k. Lesson one: nobody cares how fast you run.", { employer: 'Ashby District Council' })).toEqual([]);
  });

  it('hears "our unit … paying the price" and "treated us like dirt"', () => {
    expect(shown('employer-criticism', 'Our unit picked the cheapest supplier and now claimants are paying the price.', { role: 'civil-servant', employer: 'Department for Skills' })).not.toEqual([]);
    expect(shown('employer-criticism', 'Proud of everyone standing up to a management team that has treated us like dirt.', { employer: 'Ashby District Council' })).not.toEqual([]);
  });

  it('reads "where a new gate should go" as a place, not a call to resign', () => {
    expect(shown('employer-criticism', 'This week I met a farmer at the county boundary to agree where a new gate should go.', { employer: 'Usk Valley Council' })).toEqual([]);
    expect(shown('employer-criticism', 'Cllr Vane knows exactly what he did to the depot budget and should go.', { employer: 'Usk Valley Council' })).not.toEqual([]);
  });
});
