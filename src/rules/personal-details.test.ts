import { describe, expect, it } from 'vitest';
import rule from './personal-details';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('personal-details', () => {
  it('raises a National Insurance number', () => {
    expect(shown('personal-details', 'Call us quoting JK 12 34 56 A.', { account: 'corporate' })).toEqual(['serious "JK 12 34 56 A"']);
  });
  it('raises a named resident with a mobile number', () => {
    expect(shown('personal-details', 'Thanks to Ian Marsh (07700 900123) for the tip-off.', { account: 'corporate' })).toEqual(['serious "07700 900123" → Ian Marsh']);
  });
  it('leaves the organisation\'s own phone number alone', () => {
    expect(shown('personal-details', 'Questions? Call us on 01632 960 400.', { account: 'corporate' })).toEqual([]);
  });
  it('does not treat councillors as private people', () => {
    expect(shown('personal-details', 'Cllr Sarah Jones, 54, opened the new ward today.', { account: 'corporate' })).toEqual([]);
  });

  it('raises a full name with an age and a street, unless the sentence celebrates them', () => {
    expect(shown('personal-details', 'The man who keeps parking across the dropped kerb is Keith Lamont, 58, of Mercer Road.')).toHaveLength(1);
    expect(shown('personal-details', 'Happy birthday to Ada Pryce, 100, of Mercer Road, our oldest library member!', { account: 'corporate' })).toEqual([]);
  });
  it('reads a reference with a one-letter prefix, but not a year at the end of a web address', () => {
    expect(shown('personal-details', 'Good news for Priya Nandra (claim ref H-40917), whose appeal was upheld.', { account: 'corporate' })).toContain('serious "claim ref H-40917" → Priya Nandra');
    expect(shown('personal-details', 'Our annual report is at https://www.example.gov.uk/reports/services-2026 for you to read.', { account: 'corporate' })).toEqual([]);
  });

  it('leaves a reply that explains how the service works in general', () => {
    expect(shown('personal-details', '@ron_b Your pension age depends on your date of birth; the online checker gives the exact date.', { account: 'corporate' }, { kind: 'reply' })).toEqual([]);
  });

  it('does not take a pet for a person', () => {
    expect(shown('personal-details', 'We adopted Biscuit from the rescue kennels last spring; she had a bad hip and was terrified of stairs.')).toEqual([]);
  });

  it('raises a child named with their street even in thanks, someone pointed out by name and street, and children by family and age', () => {
    expect(shown('personal-details', 'Thanks to 12-year-old Ruby Garside of Mill Lane, who reported the broken railings.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('personal-details', 'The driver who blocked the ambulance is Colin Pask from Weaver Street.')).toHaveLength(1);
    expect(shown('personal-details', 'Moved a family into temporary rooms tonight. The Adeyemi twins, 4 and 7, were exhausted.')).toHaveLength(1);
    expect(shown('personal-details', 'Thanks to Ruby Garside of Mill Brow Bakery for the cakes at our open day!', { account: 'corporate' })).toEqual([]);
  });

  it('raises a personal email address, and anyone\'s address given as theirs', () => {
    expect(shown('personal-details', 'If you want to complain about the noise, Dave Brennan is on dave.brennan1@gmail.com')).not.toEqual([]);
    expect(shown('personal-details', 'She rang again. Her email is t.ward@mailbox.example if anyone wants to reply to her.')).not.toEqual([]);
  });

  it('treats someone introduced by their office as an official, in every later mention', () => {
    expect(shown('personal-details', 'Maya Ferris joined the council as chief executive on Monday. Maya\'s salary and appointment report are published on our website.', { account: 'corporate' })).toEqual([]);
  });

  it('reads a reply that explains the appeal route on a condition as no disclosure', () => {
    expect(shown('personal-details', '@kim_runs If you believe your parking fine was wrong, you can appeal within 28 days here: https://example.gov.uk/appeal', { account: 'corporate' }, { kind: 'reply' })).toEqual([]);
  });

  it('keeps what happened to someone named with their age, even in a thank-you', () => {
    expect(shown('personal-details', 'Thank you to the crew who helped when walker Dafydd Price, 61, from Llanfair fell on the cliff path. He is in hospital with a broken hip.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads an address that spells out the name written beside it', () => {
    expect(shown('personal-details', 'Thanks to Ottilie Marsh (ottilie.marsh@postbox.example) for reporting the broken gate.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads a first name with its possessive, and a saint\'s name as a place', () => {
    expect(shown('personal-details', "Saw Tomasz's sick note in the tray. Hope the back op goes well, mate!", { account: 'personal' })).toHaveLength(1);
    expect(shown('personal-details', "Hustings tonight at St Anne's church hall, doors at 7.", { account: 'personal' })).toEqual([]);
  });

  it('reads a name with its age before "and", a misconduct hearing, and a round owed as no debt', () => {
    expect(shown('personal-details', 'So proud of Ellis Kerr, 16 and just out of care, who starts at the depot on Monday.', { account: 'personal' })).toHaveLength(1);
    expect(shown('personal-details', 'Misconduct hearing for Shona Baird from revenues is next week.', { account: 'personal' })).toHaveLength(1);
    expect(shown('personal-details', 'Quiz night: the team lost and Gary Holt owes us a round.', { account: 'personal' })).toEqual([]);
  });

  it('reads a name after a job title used as one', () => {
    expect(shown('personal-details', 'Welcome back to Warden Callum Reid, who is back at work after a long stay in hospital.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads a full name given with the street they are of, and a Welsh street with its type first', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('personal-details', 'Found in the pool changing rooms: a blue wallet belonging to Ruth Gallagher of Mill Lane.', corporate)).toHaveLength(1);
    expect(shown('personal-details', 'A plaque for Ruth Gallagher on Mill Lane was unveiled today.', corporate)).toEqual([]);
    expect(shown('personal-details', 'Thanks to Gwen Parry (Flat 3, 22 Heol y Nant) for reporting the leak.', corporate)).toHaveLength(1);
  });

  it('reads "7 May close" as a date', () => {
    expect(shown('personal-details', 'Postal vote applications for 7 May close at 5pm on 20 April. Sort yours now.', { account: 'personal' })).toEqual([]);
  });
  it('does not read an office moving to a numbered address as someone\'s home', () => {
    expect(shown('personal-details', 'Our housing advice office moves to 4 Chapel Street on Monday. Same phone number.', { account: 'corporate' })).toEqual([]);
    expect(shown('personal-details', 'The tenant at 4 Chapel Street has had no heating for a month.', { account: 'corporate' })).not.toEqual([]);
  });
  it('does not read a place named with a given name, or a cross, as a person', () => {
    expect(shown('personal-details', 'The path at Megan Cemetery is being relaid so that mourners who use wheelchairs can reach the graves.', { account: 'corporate' })).toEqual([]);
    expect(shown('personal-details', 'Wreaths will be laid at the Cross of Remembrance on Sunday after the bereavement service.', { account: 'corporate' })).toEqual([]);
  });
  it('reads a business at a numbered address as premises', () => {
    expect(shown('personal-details', 'The licence for Northgate Bets Ltd at 14 Mill Row has been revoked. Decision notice: https://example.gov.uk/register', { account: 'corporate' })).toEqual([]);
  });
  it('reads an NI reference as a National Insurance number', () => {
    expect(shown('personal-details', 'Late payers this month: Moorside Garage (director Sandra Pike, NI ref QQ654321B).', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads a named colleague\'s breakdown or time off as health information', () => {
    expect(shown('personal-details', "Welcome back Priya! She's back after her breakdown in the spring and we're all so pleased.")).not.toEqual([]);
    expect(shown('personal-details', 'The 8:15 was cancelled because the driver, Alan Moss, has had a lot of time off lately.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads "200-year-old costumes" as the age of a thing beside a named member of staff', () => {
    expect(shown('personal-details', 'Our curator Dr Anna Kowalczyk shows how we mend 180-year-old theatre costumes.', { account: 'corporate' })).toEqual([]);
    expect(shown('personal-details', 'Congratulations to Mrs Edna Pike of Holt Lane, 102 years old today!', { account: 'corporate' })).not.toEqual([]);
  });

  it('reads a road number ("the B4321 Kiln Road") as a road, not a house number', () => {
    expect(shown('personal-details', 'Overnight closure: the B4321 Kiln Road will be shut from 8pm for resurfacing. Diversion signed via Dean Bank and Moss Lane.', { account: 'corporate' })).toEqual([]);
  });
});
