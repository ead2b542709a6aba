import { describe, expect, it } from 'vitest';
import rule from './insult-or-mockery';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('insult-or-mockery', () => {
  it('is serious from a corporate account and aimed at the reply', () => {
    expect(shown('insult-or-mockery', '@gary1 Maybe try reading the letter before shouting at us 🙄', { account: 'corporate' }, { kind: 'reply' })).toEqual([
      'serious "Maybe try reading" → @gary1',
    ]);
  });
  it('does not count complaints about things', () => {
    expect(shown('insult-or-mockery', 'This printer is useless.')).toEqual([]);
  });
  it('catches profanity written with symbols', () => {
    expect(shown('insult-or-mockery', 'What a load of sh1t from the council')).not.toEqual([]);
  });

  it('takes "the lot of them" from the sentence around it', () => {
    expect(shown('insult-or-mockery', 'Thanks to the lifeboat crew who went out in a gale last night. Heroes, the lot of them.')).toEqual([]);
    expect(shown('insult-or-mockery', 'The councillors voted it through without reading it. Useless, the lot of them.')).toContain('warning "the lot of them"');
  });

  it('does not read "learn to" as sarcasm unless it mocks', () => {
    expect(shown('insult-or-mockery', 'If my dad can learn to use video calls, anyone can 😄')).toEqual([]);
  });

  it('reads animals and rubbish literally unless said of people', () => {
    expect(shown('insult-or-mockery', 'Please don\'t leave extra bags out: they attract rats and foxes.', { account: 'corporate' })).toEqual([]);
    expect(shown('insult-or-mockery', 'The people who dumped this are rats, plain and simple.', { account: 'corporate' })).toHaveLength(1);
  });

  it('hears an eye-roll after the full stop as part of the sentence before', () => {
    expect(shown('insult-or-mockery', 'Yes, we have read all your messages. No, capitals do not make them more persuasive. 🙄', { account: 'corporate' })).toHaveLength(1);
  });

  it('hears "do one" as a brush-off, not "do one of the most varied jobs"', () => {
    expect(shown('insult-or-mockery', 'Wardens do one of the most varied jobs in the council.', { account: 'corporate' })).toEqual([]);
    expect(shown('insult-or-mockery', 'Complaining about the bins again? Do one.', { account: 'personal' })).toHaveLength(1);
  });

  it('hears short praise after a complaint as sarcasm, but takes praise of work and irony at oneself at its word', () => {
    expect(shown('insult-or-mockery', 'They moved the payroll deadline to the day before the bank holiday and told nobody. Stellar organisation, team.')).toHaveLength(1);
    expect(shown('insult-or-mockery', 'The new rota was emailed out at midnight on a Sunday. Fantastic, as always 👏')).toHaveLength(1);
    expect(shown('insult-or-mockery', 'Gritters were out all night on the hill roads. Brilliant work, team 👏', { account: 'corporate' })).toEqual([]);
    expect(shown('insult-or-mockery', 'Thanks for the flowers after my op. Lovely, everyone.')).toEqual([]);
    expect(shown('insult-or-mockery', 'Spilled coffee on my only clean shirt before the interview. Superb timing, as ever 🙃')).toEqual([]);
  });

  it('takes "Brilliant team." as praise of the team, and teasing of family as teasing', () => {
    expect(shown('insult-or-mockery', 'Two weeks into the new job at the harbour office and the learning curve is steep. Brilliant team.')).toEqual([]);
    expect(shown('insult-or-mockery', 'My daughter says my jokes are "cringe". No idea where she gets her sense of humour from 🙄')).toEqual([]);
  });
  it('hears thanks with an upside-down face in a reply as irony', () => {
    expect(shown('insult-or-mockery', '@pat_r Thanks ever so much for the feedback, Pat. We will treasure it 🙃', { account: 'corporate' }, { kind: 'reply' })).toHaveLength(1);
  });

  it('hears "never change" and "maybe stick to" aimed at someone as sarcasm', () => {
    expect(shown('insult-or-mockery', 'Full council overran again because Cllr Hames read out every amendment twice. Never change, Derek.')).toHaveLength(1);
    expect(shown('insult-or-mockery', '@harbour_news Your columnist has the parking figures backwards. Maybe stick to the crossword.', { account: 'personal' }, { kind: 'reply' })).toHaveLength(1);
  });

  it('reads a laughing face about one\'s own day in a reply, a dog off the lead and a gran\'s pride as no mockery', () => {
    expect(shown('insult-or-mockery', '@parkrun_hill Sub-30 at last! I was sure I would collapse on the final climb 😂', { account: 'personal' }, { kind: 'reply' })).toEqual([]);
    expect(shown('insult-or-mockery', 'Took the pup to the beach and let her off the lead for the first time. Zoomies!')).toEqual([]);
    expect(shown('insult-or-mockery', "My gran's jam won first prize at the show and she hasn't stopped mentioning it 😂")).toEqual([]);
  });

  it('reads deadwood on trees literally', () => {
    expect(shown('insult-or-mockery', 'We check the crown for deadwood and the base for fungi.')).toEqual([]);
  });

  it('reads a laughing face at oneself as no mockery', () => {
    expect(shown('insult-or-mockery', 'Ten miles with the scout troop and they still had more energy than me 😂')).toEqual([]);
  });

  it('reads a part in a play as a part', () => {
    expect(shown('insult-or-mockery', 'Our Ava\'s first school play today. She was a donkey and took it very seriously 🫏')).toEqual([]);
  });

  it('lets teasing at a staff quiz or sports day through', () => {
    expect(shown('insult-or-mockery', 'Finance won the staff quiz again. Legal are calling for a steward\'s enquiry 😂', { account: 'personal' })).toEqual([]);
  });

  it('reads "if your timing is hopeless" as a thing judged in a condition, not a person insulted', () => {
    expect(shown('insult-or-mockery', 'Talk to the press office early: they can tell you if your timing is hopeless.', { account: 'personal' })).toEqual([]);
    expect(shown('insult-or-mockery', '@rival_cllr You are hopeless and everyone knows it.', { account: 'personal' }, { kind: 'reply' })).toHaveLength(1);
  });

  it('hears "scab", "couldn\'t happen to a nicer person" and a talking-down "love", not a joke at one\'s own expense', () => {
    const personal = { account: 'personal' as const };
    expect(shown('insult-or-mockery', 'Picket at the depot from 6am. Any scab crossing it should be ashamed.', personal)).toHaveLength(1);
    expect(shown('insult-or-mockery', 'Cllr Hart has lost his seat. Couldn\'t happen to a nicer man 😂', personal)).toHaveLength(1);
    expect(shown('insult-or-mockery', 'Had a Mr Green shouting down the phone at me about his refund. Not my fault, mate 🙄', personal)).toHaveLength(1);
    expect(shown('insult-or-mockery', 'My neighbour asked what I thought of the budget. Told her I fix potholes, not budgets 😂', personal)).toEqual([]);
  });

  it('hears scare quotes around someone\'s advice, and "a shower"', () => {
    expect(shown('insult-or-mockery', "@dave_p Cheers for the 'advice' on drainage, Dave. We'll pass it to our engineers.", { account: 'corporate' }, { kind: 'reply' })).toHaveLength(1);
    expect(shown('insult-or-mockery', 'The lot running the council are a shower.', { account: 'personal' })).toHaveLength(1);
  });

  it('hears thanks counted out in a reply, and a decision "really thought through"', () => {
    expect(shown('insult-or-mockery', '@road_watch Thanks for your ninth email about the potholes this week. Always a pleasure.', { account: 'corporate' }, { kind: 'reply' })).toHaveLength(1);
    expect(shown('insult-or-mockery', '@road_watch Thanks for your email about the potholes. We have passed it to the highways team.', { account: 'corporate' }, { kind: 'reply' })).toEqual([]);
    expect(shown('insult-or-mockery', 'Dark streets and a burglary on our road. Great call, council. Really thought that one through 👏', { account: 'personal' })).toHaveLength(1);
  });

  it('lets a joke about a dispute, or a saying, through', () => {
    expect(shown('insult-or-mockery', 'The work-to-rule has one upside: I now know three weeks of recycling fits in one box if you stamp on it 😂', { account: 'personal' })).toEqual([]);
    expect(shown('insult-or-mockery', 'Laptop died mid-presentation. Killing me softly, as they say 🙃', { account: 'personal' })).toEqual([]);
  });
  it('reads sheep and dinosaurs in the countryside or a museum as animals', () => {
    expect(shown('insult-or-mockery', 'Please keep your dog away from the ewes and sheep in the top field while lambing is on.', { account: 'corporate' })).toEqual([]);
    expect(shown('insult-or-mockery', 'They are sheep, every one of them, following whatever the leader says.')).not.toEqual([]);
  });
  it('does not read friendly advice ending in "folks" as sarcasm', () => {
    expect(shown('insult-or-mockery', 'Phishing emails are on the rise this month. Check the sender before you click, folks.')).toEqual([]);
  });
  it('hears "who signed that off?" as sarcasm about whoever did', () => {
    expect(shown('insult-or-mockery', 'A new logo for the bin lorries, while the depot roof leaks. Who signed that off?')).not.toEqual([]);
  });
  it('hears a one-word eye-roll after a complaint about people', () => {
    expect(shown('insult-or-mockery', 'Not one manager has bothered to reply about the rota. Classic. 🙄')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Our team ran the relay in record time. Classic. 😂')).toEqual([]);
  });
  it('hears insinuation ("interesting timing", "almost as if…") and contempt for whoever did it', () => {
    expect(shown('insult-or-mockery', 'The depot closure was announced the day after the vote. Interesting timing 🤔')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Whoever designed the new parking app should never be allowed near a keyboard again.')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Our checks stopped three frauds against the grant scheme this year.')).toEqual([]);
    expect(shown('insult-or-mockery', 'The landlords who let those flats? They are frauds.')).not.toEqual([]);
  });
  it('does not read quiz answers or praise for a performance as mockery', () => {
    expect(shown('insult-or-mockery', 'Tie-break at the charity quiz: what year did the first parking meter appear? Nobody knew. 1935, apparently.')).toEqual([]);
    expect(shown('insult-or-mockery', '@dan_sings You absolutely nailed that duet on Friday 😂🎤', {}, { kind: 'reply' })).toEqual([]);
  });
  it('hears sarcasm that knows better ("one suspects", "sure this one will be different")', () => {
    expect(shown('insult-or-mockery', "Another 'efficiency review' from the board. I'm sure this one will be different 🙄")).not.toEqual([]);
  });
  it('hears name-calling of people and a sarcastic "love those priorities"', () => {
    expect(shown('insult-or-mockery', 'The union reps organising this walkout are bullies, nothing more.')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Library hours cut again while the senior team gets new offices. Love those priorities 👏')).not.toEqual([]);
  });
  it('reads sheep at a show as animals, and hears the smallest violin', () => {
    expect(shown('insult-or-mockery', 'Off to the county show. The sheep judging is fiercer than any meeting I have sat in 🐑')).toEqual([]);
    expect(shown('insult-or-mockery', "The landlords' association is upset about the new rules. Someone pass me the world's smallest violin 🎻")).not.toEqual([]);
  });
  it('reads "pal" in congratulations as warmth, and hears stock ridicule', () => {
    expect(shown('insult-or-mockery', 'Congratulations on the new job. Proud of you, pal.')).toEqual([]);
    expect(shown('insult-or-mockery', "Our board couldn't organise a raffle.")).not.toEqual([]);
    expect(shown('insult-or-mockery', "If you believe that, I've got a bridge to sell you.")).not.toEqual([]);
  });
  it('reads trees growing up as growing, and hears "needs to grow up"', () => {
    expect(shown('insult-or-mockery', 'Lay the hedge in winter and leave some trees to grow up through it.', { account: 'corporate' })).toEqual([]);
    expect(shown('insult-or-mockery', 'Anyone moaning about the bin permit needs to grow up.')).not.toEqual([]);
  });
  it('hears a scare-quoted "expert" as the person mocked', () => {
    expect(shown('insult-or-mockery', "To the 'expert' who told us our 1920s clock was fake: it isn't.", { account: 'corporate' })).not.toEqual([]);
  });
  it('hears "unlike some councils we could mention" and "clown show"', () => {
    expect(shown('insult-or-mockery', 'Proud of our gritting crews for staying out all night, unlike some councils we could mention 😉', { account: 'corporate' })).not.toEqual([]);
    expect(shown('insult-or-mockery', 'The new booking system is an absolute clown show.')).not.toEqual([]);
  });
  it('reads "has anyone seen…" as a question for help, and animals in a post about them as animals', () => {
    expect(shown('insult-or-mockery', 'Has anyone found a set of keys on a red lanyard near the library? They belong to my neighbour.')).toEqual([]);
    expect(shown('insult-or-mockery', 'Has anyone at head office ever actually ridden the 42?')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Our donkey sanctuary open day in pictures.\n\nDonkeys will ignore your carefully planned timetable, it turns out.')).toEqual([]);
    expect(shown('insult-or-mockery', 'Management are a bunch of donkeys and you all know it.')).not.toEqual([]);
  });
  it('hears "whichever genius" even in thanks, and praise put in scare quotes', () => {
    expect(shown('insult-or-mockery', 'Many thanks to whichever genius blocked the depot gates with a camper van this morning 👏👏', { account: 'corporate' })).not.toEqual([]);
    expect(shown('insult-or-mockery', "Day two of the walkout and our 'dedicated' branch officers were in the canteen by half nine.")).not.toEqual([]);
    expect(shown('insult-or-mockery', "The head of service's 'vision' for the depot is a slide with three arrows on it.")).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Our dedicated branch officers were out at 6am gritting the hill roads. Thank you.')).toEqual([]);
  });
  it('hears "a crook" said of someone', () => {
    expect(shown('insult-or-mockery', 'The man who runs that scrapyard is a crook, everyone on the estate knows it.')).not.toEqual([]);
  });
  it('reads sheep scab as a disease, "asking for a friend" as a joke on oneself, and a wink with nothing harsh as play', () => {
    expect(shown('insult-or-mockery', 'Scab has been found in two flocks near the showground, so this year\'s trials are off.', { account: 'corporate' })).toEqual([]);
    expect(shown('insult-or-mockery', 'Any clerk who crosses that picket line is a scab.')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Does anyone else talk to their tomato plants? Asking for a friend.')).toEqual([]);
    expect(shown('insult-or-mockery', 'Some drivers are on strike tonight, so the 7 stops at 6pm. The mobile library is still running 😉', { account: 'corporate' })).toEqual([]);
  });
  it('hears "genius move" at the employer, sarcasm about "the board", and 🤬 from an official account', () => {
    expect(shown('insult-or-mockery', 'They put the person who broke the booking system in charge of fixing it. Genius move, Hartlepool Vale 🙄')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'The board, in its infinite wisdom, has decided nobody needs asking. Marvellous.')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'A word for the scaffolding crew on Bridge Street: finish the job or clear off. 🤬', { account: 'corporate' })).not.toEqual([]);
  });
  it('needs a name-calling frame for "sheep", and leaves family teasing and offenders pursued alone', () => {
    expect(shown('insult-or-mockery', "Best question at the library van today: 'have you got any books about sheep that end happily?'")).toEqual([]);
    expect(shown('insult-or-mockery', "Anyone who believes that press release is just sheep.")).not.toEqual([]);
    expect(shown('insult-or-mockery', "Anyone else's kids obsessed with the museum shop? £9 on a tin bus. A bargain, apparently.")).toEqual([]);
    expect(shown('insult-or-mockery', 'Nice article on how our benefits team tracks down housing benefit cheats: https://example.co.uk/story')).toEqual([]);
  });

  it('hears "funny way of showing it" and "thanks for nothing, X" as sarcasm at people', () => {
    expect(shown('insult-or-mockery', 'The board say staff wellbeing comes first. Funny way of showing it.')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Three months of roadworks and not one update. Thanks for nothing, highways.')).not.toEqual([]);
  });
  it('hears gloating that people "deserve everything they get"', () => {
    expect(shown('insult-or-mockery', 'Landlords who ignore damp complaints deserve everything they get.', { account: 'corporate' })).not.toEqual([]);
  });

  it('hears "to the genius who…", "the timing is interesting" and "glad someone has their priorities straight"', () => {
    expect(shown('insult-or-mockery', 'To the genius who parked across the fire station doors this morning: well done 👏', { account: 'corporate' })).not.toEqual([]);
    expect(shown('insult-or-mockery', "The depot closure was announced the day after the count. The timing is interesting, isn't it?")).not.toEqual([]);
    expect(shown('insult-or-mockery', 'The board spent more on new chairs than on the roof. Glad someone has their priorities straight.')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'That is why the cuts fall on the programmes that failed to get their priorities straight.', { account: 'corporate' })).toEqual([]);
  });
  it('hears "brilliant use of everyone\'s time 👏" as sarcasm', () => {
    expect(shown('insult-or-mockery', "Three days preparing a briefing the minister never opened. Brilliant use of everyone's time 👏", { role: 'civil-servant' })).not.toEqual([]);
  });

  it('hears a two-word verdict after a complaint about people ("Visionary leadership."), not about a printer', () => {
    expect(shown('insult-or-mockery', 'The board cut the archive team and hired two more consultants. Visionary leadership.')).not.toEqual([]);
    expect(shown('insult-or-mockery', 'The printer ate my expenses form again. Brilliant.')).toEqual([]);
  });

  it('reads a grandparent by name ("Taid") as family teasing, and "apparently" inside congratulations as a wink', () => {
    expect(shown('insult-or-mockery', 'Took Taid to the allotment show and he told the judge off for being slow 😂')).toEqual([]);
    expect(shown('insult-or-mockery', 'Huge congratulations to my colleague Sam on passing the exam! 🎉 Drinks are on him, apparently.')).toEqual([]);
  });
  it('hears "but hey, at least…" and "we can\'t make it any simpler for you"', () => {
    expect(shown('insult-or-mockery', 'Three libraries closed in one vote. But hey, at least cabinet got its headline.', { employer: 'Ashby District Council' })).not.toEqual([]);
    expect(shown('insult-or-mockery', "@dave_r We honestly can't make it any simpler for you: it's one form.", { account: 'corporate' }, { kind: 'reply' })).not.toEqual([]);
  });

  it('reads "the irony is not lost on me", "Dad\'s…" and "that moment when your dog…" as the writer\'s own', () => {
    expect(shown('insult-or-mockery', 'Fire alarm drill at the fire safety conference. The irony is not lost on me or my colleagues.')).toEqual([]);
    expect(shown('insult-or-mockery', "Dad's marrow came second at the show and he will now be impossible until Easter 😂")).toEqual([]);
    expect(shown('insult-or-mockery', 'Absolutely hate that moment when your cat ignores you in front of the vet 😂')).toEqual([]);
  });
  it('hears "we\'re looking at you", "love how my employer…" and "the grumpy few"', () => {
    expect(shown('insult-or-mockery', "Some suppliers still pad their invoices. Brightline, we're looking at you.", { account: 'corporate' })).not.toEqual([]);
    expect(shown('insult-or-mockery', "Love how my employer is running Wellbeing Week while our overtime sits unpaid. Great branding though 👏")).not.toEqual([]);
    expect(shown('insult-or-mockery', 'Tickets are going fast! And to the grumpy few who tried to cancel it: we will sing louder.', { account: 'corporate' })).not.toEqual([]);
  });
});
