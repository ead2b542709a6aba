import { describe, expect, it } from 'vitest';
import rule from './opponent-attack';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('opponent-attack', () => {
  it('raises the sentence and names the target', () => {
    expect(shown('opponent-attack', 'Some campaigners would rather spread fear than read the plans.', { account: 'corporate' })).toEqual([
      'serious "Some campaigners would rather spread fear than read the plans." → Some campaigners',
    ]);
  });
  it('aims a reply at the replied-to handle', () => {
    expect(shown('opponent-attack', '@jo_gazette Your story is wrong and you know it.', { account: 'corporate' }, { kind: 'reply' })).toEqual([
      'serious "@jo_gazette Your story is wrong and you know it." → Your story',
    ]);
  });
  it('is a warning on a personal account', () => {
    expect(shown('opponent-attack', 'The Stop the Quarry lot are out again. Paid agitators, most of them.')[0]).toMatch(/^warning /);
  });
  it('does not raise answering the point', () => {
    expect(shown('opponent-attack', 'We disagree with the union\'s reading of the figures; our full response is here: https://example.gov.uk/r', { account: 'corporate' })).toEqual([]);
  });

  it('hears motives questioned by insinuation, and campaign groups named only by their name', () => {
    expect(shown('opponent-attack', 'Don\'t be taken in by the Fair Rents Coalition. Their campaign is bankrolled by letting agents.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('opponent-attack', 'Anyone still opposing the scheme should be asked what they got out of the old contract.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('opponent-attack', 'Thanks to the Fair Rents Coalition for meeting us today to discuss their survey.', { account: 'corporate' })).toEqual([]);
  });

  it('makes an attack an official account reposts its own', () => {
    expect(shown('opponent-attack', 'RT @CleanRiversNow: The developers lobbying against the buffer zones are only lining their pockets.', { account: 'corporate' }, { kind: 'repost' })).toHaveLength(1);
    expect(shown('opponent-attack', 'RT @CleanRiversNow: Volunteers needed for Saturday\'s litter pick on the riverbank.', { account: 'corporate' }, { kind: 'repost' })).toEqual([]);
  });

  it('does not hear "whatever the weather" or the reader\'s own view as an attack', () => {
    expect(shown('opponent-attack', 'You build trust by turning up every week, whatever the weather.', { account: 'personal' })).toEqual([]);
    expect(shown('opponent-attack', 'If you think the decision is wrong, you can ask for a review within 14 days.', { account: 'corporate' })).toEqual([]);
  });

  it('does not read owning a mistake as an attack', () => {
    expect(shown('opponent-attack', 'We thought we knew what residents wanted from the park, and we were wrong about most of it.', { account: 'corporate' })).toEqual([]);
  });
  it('hears "unlike some" as a dig at others', () => {
    expect(shown('opponent-attack', 'Unlike some pundits, we read the whole report before commenting.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads literal words literally: strikers at a picket, dinosaurs at a museum, a letter written to firms', () => {
    expect(shown('opponent-attack', 'Strikers at the depot gates this morning, braziers and all.', { account: 'personal' })).toEqual([]);
    expect(shown('opponent-attack', 'Half-term trails: dinosaurs on Tuesday and knights on Thursday.', { account: 'corporate' })).toEqual([]);
    expect(shown('opponent-attack', 'Our director has written to the largest landlords asking how quickly they fix damp.', { account: 'corporate' })).toEqual([]);
    expect(shown('opponent-attack', 'Those who drag their feet on damp repairs will be named.', { account: 'corporate' })).toHaveLength(1);
  });

  it('hears veiled targets: "certain quarters", "conveniently leaves out"', () => {
    expect(shown('opponent-attack', 'Despite the noise from certain quarters, the depot upgrade is on schedule.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('opponent-attack', '@reporter_sam Your piece conveniently leaves out the inspection results.', { account: 'corporate' }, { kind: 'reply' })).toHaveLength(1);
  });

  it('hears veiled swipes at critics\' sense and a named campaign accused of misleading', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'The new pier is the right choice, and nobody sensible thinks otherwise.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'The water is safe to drink, and anyone saying otherwise is scaremongering.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'These figures show how the Keep Our Pier campaign has misled the public.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'The Keep Our Pier campaign has asked to meet us, and we have agreed.', corporate)).toEqual([]);
  });

  it('hears jabs at objectors, critics proved wrong, and motives imputed', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'Those objecting to the scheme offered no credible alternative, only slogans.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'Those who predicted chaos at the tip have been proved wrong yet again.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'The union is using children as a bargaining chip.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', '@TownGazette Funny how your reporter only ever seems to find the people who agree with her.', corporate, { kind: 'reply' })).toHaveLength(1);
  });

  it('hears digs that carry their own target, and lets a correction through', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'The bypass opens today, no thanks to the councillors who tried to block it.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'Some hauliers have found it convenient to blame the new weight limit.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', '@dan_k You are right, the date in our earlier post was wrong, sorry. The corrected notice: https://example.gov.uk/notice', corporate, { kind: 'reply' })).toEqual([]);
  });

  it('hears critics laughed at, motives imputed, and not a union\'s action named or bottles lying on grass', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'Sorry, bypass critics: the traffic was there long before the road 😂', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'The Harbour Traders Association only objects to the scheme because it cuts their parking.', { account: 'personal' })).toHaveLength(1);
    expect(shown('opponent-attack', "The Depot Workers Union's overtime ban starts on Monday. Collections will run as normal.", corporate)).toEqual([]);
    expect(shown('opponent-attack', 'RT @CountyFire: Never leave bottles lying on dry grass in the sun.', corporate, { kind: 'repost' })).toEqual([]);
  });

  it('hears "latest stunt", "scare stories", "on the union\'s payroll" and "in it for their own"', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'Refuse ballot: what this latest stunt means for your collections: https://example.gov.uk/ballot', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'Despite the scare stories, the new depot will be one of the cleanest in the country.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'Anyone who still backs the walkout is either daft or on the union\'s payroll.', { account: 'personal' })).toHaveLength(1);
    expect(shown('opponent-attack', 'The reps pushing this ballot are in it for their own pay-off.', { account: 'personal' })).toHaveLength(1);
  });

  it('hears "claims doing the rounds", objectors who "offered nothing but", and "some of us actually care"', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'Despite the more imaginative claims doing the rounds, the plans include 30 new homes.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'The objectors have offered nothing but nostalgia for a car park.', corporate)).toHaveLength(1);
    expect(shown('opponent-attack', 'Crews on strike, so I cleared the verge myself. Some of us actually care about this place 🙄', { account: 'personal' })).toHaveLength(1);
  });
  it('does not read a choice offered to visitors as a motive imputed', () => {
    expect(shown('opponent-attack', 'Union members will be outside the library on Friday; please use the rear door if you would rather not pass them.', { account: 'corporate' })).toEqual([]);
  });
  it('does not read "everything you need to know about…" as a dig', () => {
    expect(shown('opponent-attack', 'Everything you need to know about the new recycling bins, in one short video.', { account: 'corporate' })).toEqual([]);
    expect(shown('opponent-attack', 'The campaigners walked out of the meeting. That says everything you need to know about them.', { account: 'corporate' })).not.toEqual([]);
  });
  it('does not read "not ashamed to say" as shaming anyone', () => {
    expect(shown('opponent-attack', "Finished my first half marathon and I'm not ashamed to say you lot carried me round.")).toEqual([]);
  });
  it('hears veiled digs: "despite the best efforts of some", "complaining loudest", "wishful thinking"', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'The new bus lane opens on time, despite the best efforts of certain groups to delay it.', corp)).not.toEqual([]);
    expect(shown('opponent-attack', 'Despite the best efforts of our crews, the barn could not be saved.', corp)).toEqual([]);
    expect(shown('opponent-attack', 'The residents complaining loudest about the permit scheme have parked free for years.', corp)).not.toEqual([]);
    expect(shown('opponent-attack', "Put simply, the Keep Our Depot group's figures are wishful thinking.", corp)).not.toEqual([]);
  });
  it('hears campaigners belittled by their numbers or their press', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'The council will not be pushed around by a noisy petition about one bus stop.', corp)).not.toEqual([]);
    expect(shown('opponent-attack', "Ignore the doom merchants: the new bridge opens in June.", corp)).not.toEqual([]);
    expect(shown('opponent-attack', "Last night's article was irresponsible journalism, full stop.", corp)).not.toEqual([]);
  });
  it('hears critics dismissed as wanting headlines or as scaremongering', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'The library stays open on Sundays, despite the scaremongering.', corp)).not.toEqual([]);
    expect(shown('opponent-attack', 'We will not change course because of a noisy few outside the town hall.', corp)).not.toEqual([]);
  });
  it('reads "had been paid by 14 March" as a date, not a paymaster', () => {
    expect(shown('opponent-attack', 'Sorry to the carers paid late: all of them had been paid by 14 March.', { account: 'corporate' })).toEqual([]);
  });
  it('hears "they\'d sell their grandmothers for a headline"', () => {
    expect(shown('opponent-attack', 'The campaigners would sell their grandmothers for a headline.')).not.toEqual([]);
  });
  it('reads the public unaware of a risk as no put-down', () => {
    expect(shown('opponent-attack', 'Fake chargers can catch fire. Most people who buy them have no idea.', { account: 'corporate' })).toEqual([]);
  });
  it('hears "whatever certain newspapers would have you believe" and "only a dogmatist…"', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'The scheme is open to everyone entitled, whatever certain newspapers would have you believe.', corp)).not.toEqual([]);
    expect(shown('opponent-attack', 'Free school meals for all infants is the obvious answer, and only a dogmatist would argue otherwise.', corp)).not.toEqual([]);
  });
  it('reads a newspaper\'s report as theirs and a joke about a photo as a joke', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('opponent-attack', "Today's Eastwick Herald reports that the bridge works have stalled. The revised programme is here: https://example.gov.uk/bridge", corp)).toEqual([]);
    expect(shown('opponent-attack', 'Best sunset photo I have ever taken and I will fight anyone who says otherwise 🌅')).toEqual([]);
  });
  it('hears a dispute called a cynical stunt', () => {
    expect(shown('opponent-attack', 'This overtime ban is a cynical stunt by the union.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads "decisions that can stand up to scrutiny" as praise, and hears "of the union\'s own making"', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('opponent-attack', 'You will write clear decisions that can stand up to scrutiny.', corp)).toEqual([]);
    expect(shown('opponent-attack', "Expect delays while the work-to-rule continues, a dispute entirely of the union's own making.", corp)).not.toEqual([]);
  });
  it('reads "those who\'d rather watch the dancing" as a preference, not a motive', () => {
    expect(shown('opponent-attack', 'Think about step-free access and seating for those who\'d rather watch the dancing.', { account: 'corporate' })).toEqual([]);
    expect(shown('opponent-attack', "Some campaigners would rather shout than read the plans.", { account: 'corporate' })).not.toEqual([]);
  });
  it('hears "putting students before politics" as a dig at those who did not', () => {
    expect(shown('opponent-attack', 'Thank you to the exam officers who kept working this week, putting students before politics.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads a job advert describing the people it serves as no attack', () => {
    expect(shown('opponent-attack', "We're hiring case officers. You will explain the process to people who have never been near a tribunal.", { account: 'corporate' })).toEqual([]);
  });
  it('reads "I\'m not ashamed" as the writer\'s own feeling', () => {
    expect(shown('opponent-attack', 'Confession from a trainspotter: I can name every class of diesel shunter and I am not the least bit ashamed.')).toEqual([]);
  });
  it('reads thanks that include "those who disagree" as thanks, and a law stated as enforcement', () => {
    expect(shown('opponent-attack', 'Thank you to everyone who answered the survey, including those who disagree with the plan.', { account: 'corporate' })).toEqual([]);
    expect(shown('opponent-attack', 'Those who disagree are just looking for something to moan about.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('opponent-attack', 'The limits still apply and officers can prosecute drivers who ignore them.', { account: 'corporate' })).toEqual([]);
  });

  it('reads "swear blind" as insisting, not abuse', () => {
    expect(shown('opponent-attack', 'Tomorrow: long division with a group who swear blind they will never need it. Bring it on.')).toEqual([]);
  });
  it('hears "real motives" and "haven\'t done the maths", and names the people rather than the clause', () => {
    expect(shown('opponent-attack', "That tells you all you need to know about that candidate's real motives.", { restricted: true, electionPeriod: true })).toEqual([
      'warning "That tells you all you need to know about that candidate\'s real motives." → that candidate',
    ]);
    expect(shown('opponent-attack', 'Candidates promising free buses for every village simply haven\'t done the maths.', { account: 'corporate', electionPeriod: true })).toEqual([
      'serious "Candidates promising free buses for every village simply haven\'t done the maths." → Candidates',
    ]);
  });

  it('reads people by the industrial action they take as the other side of a dispute', () => {
    expect(shown('opponent-attack', 'My views, not my employer\'s: drivers working to rule while pupils wait in the rain are just greedy.')).not.toEqual([]);
    expect(shown('opponent-attack', 'Drivers working to rule from Monday: school buses will run to the published timetable.', { account: 'corporate' })).toEqual([]);
  });

  it('hears "certain colleagues choose to strike" as a dig at staff in dispute', () => {
    expect(shown('opponent-attack', 'Libraries are open as usual today, while certain colleagues choose to strike 😉', { account: 'corporate' })).not.toEqual([]);
  });

  it('reads a dare about custard as a joke, and a mistake owned before an apology as no attack', () => {
    expect(shown('opponent-attack', 'Controversial opinion: custard is better cold and anyone who disagrees can fight me 🍮')).toEqual([]);
    expect(shown('opponent-attack', 'For some of you this was wrong: an error in our records stopped your payment.\n\nWe are sorry for the worry this caused.', { account: 'corporate' })).toEqual([]);
  });
  it('hears "certain newspapers suddenly caring", "owe our staff an apology" and a report that "misrepresents"', () => {
    expect(shown('opponent-attack', 'Funny to see certain newspapers suddenly caring about bus passes.')).not.toEqual([]);
    expect(shown('opponent-attack', "Our reply to tonight's programme: the programme makers owe our staff an apology.", { account: 'corporate' })).not.toEqual([]);
    expect(shown('opponent-attack', "We reject the Evening Star's report, which badly misrepresents our figures.", { account: 'corporate' })).not.toEqual([]);
  });

  it('reads "a certain amount of swearing at brambles" as a quantity, not a veiled target', () => {
    expect(shown('opponent-attack', 'Our group of six cleared the path, with a certain amount of swearing at brambles.')).toEqual([]);
  });
});
