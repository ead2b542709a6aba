import { describe, expect, it } from 'vitest';
import rule from './contestable-judgement';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('contestable-judgement', () => {
  it('raises the judgement, once per sentence', () => {
    expect(shown('contestable-judgement', 'The strike is irresponsible and completely unnecessary.', { account: 'corporate' })).toEqual([
      'warning "irresponsible"',
    ]);
  });
  it('also flags an attack on opponents from a corporate account', () => {
    expect(shown('contestable-judgement', 'Some campaigners would rather spread fear than read the plans.', { account: 'corporate' })).toHaveLength(1);
  });
  it('ignores words inside quotation marks', () => {
    expect(shown('contestable-judgement', "Our report, 'A Reckless Decade?', is out today.", { account: 'corporate' })).toEqual([]);
  });

  it('reads "how the programme works" as an explanation, and a rash as a symptom', () => {
    expect(shown('contestable-judgement', 'This spring we are changing how the programme works, starting with faster surveys.', { account: 'corporate' })).toEqual([]);
    expect(shown('contestable-judgement', 'If your child has a rash and sore eyes, phone 111 before going in so others are not exposed.', { account: 'corporate' })).toEqual([]);
  });

  it('does not read a condition as a verdict', () => {
    expect(shown('contestable-judgement', 'If a sensor has failed, the map shows a grey dot instead of a reading.', { account: 'corporate' })).toEqual([]);
  });

  it('reads "make the right call" as a goal', () => {
    expect(shown('contestable-judgement', 'Your survey reports help each school make the right call on repairs.', { account: 'corporate' })).toEqual([]);
  });

  it('reads a saving promised at no cost to the service as a verdict, not a notice about a strike', () => {
    expect(shown('contestable-judgement', 'Merging the two depots will save £200,000 with no effect at all on collections.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('contestable-judgement', 'Tomorrow\'s strike will have no impact on collections in the north of the borough.', { account: 'corporate' })).toEqual([]);
  });

  it('reads sympathy in a reply as no verdict', () => {
    expect(shown('contestable-judgement', "@jo_b Sorry to hear you've had such a worrying letter. Please DM us your details.", { account: 'corporate' }, { kind: 'reply' })).toEqual([]);
  });
  it('does not read the wording of an offence as a verdict', () => {
    expect(shown('contestable-judgement', 'It is an offence to knowingly or recklessly damage a bat roost. Report concerns to us.', { account: 'corporate' })).toEqual([]);
    expect(shown('contestable-judgement', 'The contractor behaved recklessly and the scheme is a failure.', { account: 'corporate' })).not.toEqual([]);
  });
  it('hears a politician\'s record praised and a conclusion drawn from a figure', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('contestable-judgement', 'The leader promised cleaner streets and has delivered in full.', corp)).not.toEqual([]);
    expect(shown('contestable-judgement', 'Only 40 people a day use the ticket office, so the change is entirely manageable.', corp)).not.toEqual([]);
    expect(shown('contestable-judgement', 'Litter reports are down a quarter, proving the new approach works.', corp)).not.toEqual([]);
  });
  it('does not read Good Friday or an owned mistake as a verdict', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('contestable-judgement', 'The tip is closed for Good Friday and opens again on Saturday.', corp)).toEqual([]);
    expect(shown('contestable-judgement', "We've made a mistake in this morning's post: the meeting is on the 14th, not the 4th.", corp)).toEqual([]);
  });
  it('reads a war on garden pests as gardening', () => {
    expect(shown('contestable-judgement', 'Our gardeners are waging war on aphids in the rose beds this week.', { account: 'corporate' })).toEqual([]);
  });
  it('reads sympathy after a greeting as sympathy', () => {
    expect(shown('contestable-judgement', '@sam_k Hi Sam, sorry you had such a frightening night. Here is how to report it: https://example.gov.uk/report', { account: 'corporate' }, { kind: 'reply' })).toEqual([]);
  });
  it('reads a policy\'s name as a name', () => {
    expect(shown('contestable-judgement', 'Abusive calls will be ended. Our unacceptable behaviour policy: https://example.gov.uk/conduct', { account: 'corporate' })).toEqual([]);
  });
  it('reads a condition inside the clause as no verdict', () => {
    expect(shown('contestable-judgement', "You'll check claims and talk to agents when something doesn't add up.", { account: 'corporate' })).toEqual([]);
  });
  it('reads a question about a mistake on your record as a question', () => {
    expect(shown('contestable-judgement', "Think there's a mistake on your record? Here's how to get it corrected: https://example.gov.uk/correct", { account: 'corporate' })).toEqual([]);
  });
  it('reads "war on" a household nuisance as advice, not a verdict', () => {
    expect(shown('contestable-judgement', 'Time to declare war on black mould: wipe the windows each morning and keep a gap behind the wardrobe.', { account: 'corporate' })).toEqual([]);
  });
  it('reads a closing date as a date, and thanks to those who "made the scheme work" as thanks', () => {
    expect(shown('contestable-judgement', 'The Quay Street office will close for good at noon on Friday 3 April. Other ways to reach us: https://example.gov.uk/contact', { account: 'corporate' })).toEqual([]);
    expect(shown('contestable-judgement', 'This scheme will end rough sleeping in the town for good.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('contestable-judgement', 'Thank you to the marshals who made the scheme work through a very wet summer.', { account: 'corporate' })).toEqual([]);
  });
  it('reads "loving this from the volunteers" as praise of people\'s work', () => {
    expect(shown('contestable-judgement', 'Loving this from our park volunteers 😍\n\n> @FriendsOfEastPark: 300 bulbs planted this weekend!', { account: 'corporate' }, { kind: 'quote' })).toEqual([]);
  });
  it('reads "had not run in decades" as history, not a record claimed', () => {
    expect(shown('contestable-judgement', 'The engine had not run in decades when the volunteers started work on it.', { account: 'corporate' })).toEqual([]);
  });
  it('reads "your bill might have been wrong" as an invoice, not a bill before Parliament', () => {
    expect(shown('contestable-judgement', 'Why your water bill might have been wrong, and what we are doing about it.', { account: 'corporate' })).toEqual([]);
  });

  it('reads "finally getting some rest" as rest, not a verdict', () => {
    expect(shown('contestable-judgement', 'Lambing is done and our rangers are finally getting some rest. Thank you for your patience this spring.', { account: 'corporate' })).toEqual([]);
    expect(shown('contestable-judgement', 'The town centre is finally getting the investment it was denied for years.', { account: 'corporate' })).not.toEqual([]);
  });

  it('reads "every walk we\'ve ever run" as a count, not "the best … ever run"', () => {
    expect(shown('contestable-judgement', 'Thank you, Morag, who has led every guided walk we\'ve ever run on the estate.', { account: 'corporate' })).toEqual([]);
    expect(shown('contestable-judgement', 'This is the most ambitious repair programme the council has ever run.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads a certificate that "misrepresents" a rating as a thing misleading, in guidance', () => {
    expect(shown('contestable-judgement', "A badge that misrepresents a driver's licence status can be an offence. Check the register: https://example.gov.uk/taxis", { account: 'corporate' })).toEqual([]);
  });

  it('hears "sensible" and "rightly" as verdicts from an official account, not "sensible shoes"', () => {
    expect(shown('contestable-judgement', 'Our sensible new parking rules start on Monday: https://example.gov.uk/parking', { account: 'corporate' })).not.toEqual([]);
    expect(shown('contestable-judgement', 'The new rules rightly end first-come, first-served allocation: https://example.gov.uk/plots', { account: 'corporate' })).not.toEqual([]);
    expect(shown('contestable-judgement', 'Wear sensible shoes for the moorland walk, and bring a torch if you are sensible.', { account: 'corporate' })).toEqual([]);
  });

  it('hears "residents have nothing to fear" and "nobody fights harder for" from an official account', () => {
    expect(shown('contestable-judgement', 'Parking changes confirmed last night. Residents have absolutely nothing to fear.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('contestable-judgement', 'Great to see our Leader at the station today. Nobody fights harder for Ashby!', { account: 'corporate' })).not.toEqual([]);
  });
});
