import { describe, expect, it } from 'vitest';
import rule from './legal-conclusion';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('legal-conclusion', () => {
  it('names who is accused', () => {
    expect(shown('legal-conclusion', 'Northside Homes are in clear breach of their planning permission.', { account: 'corporate' })).toEqual([
      'serious "Northside Homes are in clear breach of their planning permission." → Northside Homes',
    ]);
  });
  it('leaves general statements of the law alone', () => {
    expect(shown('legal-conclusion', 'It is illegal to drop litter. Fly-tipping is a criminal offence.', { account: 'corporate' })).toEqual([]);
  });
  it('lets a hedged statement that links to the advice through', () => {
    expect(shown('legal-conclusion', 'Staff who strike may be in breach of contract: read our published advice https://example.gov.uk/advice', { account: 'corporate' })).toEqual([]);
  });

  it('repeats a sentence a court has passed without reaching its own conclusion', () => {
    expect(shown('legal-conclusion', 'Yesterday the magistrates\' court fined a landlord £12,000 for renting out an unlicensed flat, after our inspection.', { account: 'corporate' })).toEqual([]);
    expect(shown('legal-conclusion', 'The sheriff jailed the company\'s owner for three years for defrauding customers.', { account: 'corporate' })).toEqual([]);
    expect(shown('legal-conclusion', 'The owners of the warehouse knew exactly what they were doing and should be prosecuted.', { account: 'personal' })).toHaveLength(1);
  });

  it('raises a promise made on behalf of government, not a question about one', () => {
    expect(shown('legal-conclusion', 'I can confirm the new fee will never be introduced for pensioners.', { account: 'personal' })).toHaveLength(1);
    expect(shown('legal-conclusion', 'We guarantee no household will pay more than £5 a month under the scheme.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('legal-conclusion', 'Can you confirm the new fee will never be introduced for pensioners?', { account: 'personal' })).toEqual([]);
  });

  it('does not put animals in the dock', () => {
    expect(shown('legal-conclusion', 'Chips on the prom: 8/10. The seagulls: criminals, every one.', { account: 'personal' })).toEqual([]);
  });

  it('reports goods seized without a verdict on anyone', () => {
    expect(shown('legal-conclusion', 'Our officers seized 400 illegally imported vapes at the port on Tuesday.', { account: 'corporate' })).toEqual([]);
  });

  it('reads a compound like "sock-stealing" as a description', () => {
    expect(shown('legal-conclusion', 'Our sock-stealing spaniel turned nine today.')).toEqual([]);
  });

  it('does not read the organisation\'s own legal duty as a verdict', () => {
    expect(shown('legal-conclusion', 'The council has a legal duty to assess the need for pitches in the county.', { account: 'corporate' })).toEqual([]);
  });

  it('reads blame for a crash and "will answer for it in court" as legal conclusions', () => {
    expect(shown('legal-conclusion', 'The cyclist who rode through the red light was wholly responsible for the collision.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('legal-conclusion', 'The owner ignored three notices and will answer for it in court.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads what the reader suspects as theirs to report', () => {
    expect(shown('legal-conclusion', 'Our guide explains how to report a skip you think is illegal: https://example.gov.uk/skips', { account: 'corporate' })).toEqual([]);
  });

  it('reads "nobody will lose" as a reassurance', () => {
    expect(shown('legal-conclusion', 'Nobody will lose their garage before the end of the year.', { account: 'corporate' })).toEqual([]);
  });
  it('does not read a question put to the organisation as a verdict', () => {
    expect(shown('legal-conclusion', 'People have asked us whether tenants will lose their deposits. Our guidance is here: https://example.gov.uk/deposits', { account: 'corporate' })).toEqual([]);
  });
  it('does not read the writer joking about their own "stealing" as an accusation', () => {
    expect(shown('legal-conclusion', 'Those flapjacks in the staff room are dangerous. I keep stealing one every time I pass.')).toEqual([]);
  });
  it('ignores words in a link\'s address', () => {
    expect(shown('legal-conclusion', 'How to report a problem with your landlord: https://example.gov.uk/illegal-eviction-and-harassment', { account: 'corporate' })).toEqual([]);
  });
  it('hears "crooks" and "belong in a cell" said of someone named', () => {
    expect(shown('legal-conclusion', "Ashgrove Lettings are crooks, and everyone on the estate knows it.")).not.toEqual([]);
    expect(shown('legal-conclusion', "Harwell Civils' directors belong in a cell for what they did to the sea wall.")).not.toEqual([]);
  });
  it('reads a service notice\'s "nobody who needs help will lose a visit" as a notice unless promised', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('legal-conclusion', 'Some visit times may change. Nobody who needs help with medication will lose a visit.', corp)).toEqual([]);
  });
  it('reads card cheats at a magic weekend as a game\'s cheats', () => {
    expect(shown('legal-conclusion', "3pm: our curator on the marked deck and the card cheats who used it.", { account: 'corporate' })).toEqual([]);
  });
  it('reads "is a crook" and "is a criminal" said of a person as verdicts, not "a criminal offence"', () => {
    expect(shown('legal-conclusion', 'The landlord on Mill Street is a crook and his tenants deserve better.')).not.toEqual([]);
    expect(shown('legal-conclusion', "Honestly, the bloke who owns the car wash is a criminal, simple as that.")).not.toEqual([]);
    expect(shown('legal-conclusion', 'Dumping trade waste in a lay-by is a criminal offence. Report it online.', { account: 'corporate' })).toEqual([]);
  });
  it('reads the law silent for everyone, and counts of unlicensed premises, as no verdict; hears a firm falsifying records', () => {
    expect(shown('legal-conclusion', 'Reminder: there is no legal duty on any council to run a lollipop service. How we decide: https://example.gov.uk/crossings', { account: 'corporate' })).toEqual([]);
    expect(shown('legal-conclusion', 'Figures: 312 unlicensed tattoo studios were found in 2025. Full data: https://example.gov.uk/data', { account: 'corporate' })).toEqual([]);
    expect(shown('legal-conclusion', 'Harbury Coaches has been falsifying its safety inspection records since 2023.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads a rule for anyone in breach as a rule, not a verdict', () => {
    expect(shown('legal-conclusion', 'Anyone in breach of the new licence conditions after 1 July will lose their pitch.', { account: 'corporate' })).toEqual([]);
  });

  it('hears "no exceptions" beside a consequence, not after a house rule restated', () => {
    expect(shown('legal-conclusion', 'Anyone parking on the verge outside the school will be fined, no exceptions.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('legal-conclusion', 'Exam week rule in our house: phones stay in the kitchen after nine, no exceptions. Wish us luck.')).toEqual([]);
  });
  it('hears a promise to refund everyone "confirmed" from an official account', () => {
    expect(shown('legal-conclusion', 'Pleased to confirm that every late-payment penalty issued this year will be refunded by June.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads "have been fiddled" and "done for" an offence as verdicts, but not a word in quotation marks', () => {
    expect(shown('legal-conclusion', "Speaking as a housing officer: that landlord's gas certificates have been fiddled for years.")).not.toEqual([]);
    expect(shown('legal-conclusion', 'Word at the allotments is that the café owner got done for drink-driving last month.')).not.toEqual([]);
    expect(shown('legal-conclusion', "Some say our recycling figures are 'fiddled'. The audited figures are here: https://example.gov.uk/recycling", { account: 'corporate' })).toEqual([]);
  });

  it('hears "running a scam", "is a fraud", "tax dodger", and a promise to refund every charge', () => {
    expect(shown('legal-conclusion', 'Speaking as a trading standards officer, Brightline Boilers are running a scam.')).not.toEqual([]);
    expect(shown('legal-conclusion', "Everyone at the yacht club knows the new sponsor is a tax dodger.")).not.toEqual([]);
    expect(shown('legal-conclusion', 'We will be refunding every parking charge taken at the hospital since May.', { account: 'corporate' })).not.toEqual([]);
  });

  it('hears "broke food hygiene law", and lets an otter steal a pie', () => {
    expect(shown('legal-conclusion', 'The Harbour Street café was closed because its owners broke food hygiene law.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('legal-conclusion', "This otter stealing a fisherman's pie is the best thing you'll see today 😂")).toEqual([]);
  });

  it('reads "never has to be paid back" as a reassurance, and hears "they have been fiddling them"', () => {
    expect(shown('legal-conclusion', 'Reminder: the winter fuel grant is not a loan and never has to be paid back.', { account: 'corporate' })).toEqual([]);
    expect(shown('legal-conclusion', "Tonight we're setting the record straight on Eastmoor Water's leakage figures. They have been fiddling them.", { account: 'corporate' })).not.toEqual([]);
  });

  it('hears "we know exactly who took it", "is infringing our trade mark" and "fake safety records"', () => {
    expect(shown('legal-conclusion', 'The lead from the chapel roof was stolen, and we know exactly who took it.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('legal-conclusion', 'The café selling a "Heritage Scone" is infringing our trade mark.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('legal-conclusion', 'Tenants deserve better than landlords who fake safety records.', { account: 'corporate' })).not.toEqual([]);
  });
});
