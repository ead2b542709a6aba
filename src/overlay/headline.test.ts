import { describe, expect, it } from 'vitest';
import type { Finding, Profile } from '../engine/index';
import { headlineFor } from './headline';

const corporateCS: Profile = { account: 'corporate', role: 'civil-servant', restricted: false, electionPeriod: false };
const corporateLG: Profile = { ...corporateCS, role: 'local-gov-officer', employer: 'Harrowfield Borough Council' };
const personalLG: Profile = { account: 'personal', role: 'local-gov-officer', restricted: false, electionPeriod: false };
const personalCS: Profile = { ...personalLG, role: 'civil-servant' };

/** A finding over the first occurrence of `passage` in `text`. */
function finding(text: string, passage: string, fields: Partial<Finding> & Pick<Finding, 'category'>): Finding {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" is not in the draft`);
  return {
    rule: fields.category,
    severity: 'warning',
    start,
    end: start + passage.length,
    message: 'A test finding.',
    why: 'A principle.',
    source: 'A source',
    ...fields,
  };
}

const strike = 'The strike called by the union is irresponsible and reckless. Teachers may be in breach of their contracts.';
const vote = 'Vote Labour on Thursday! #ToriesOut';
const grumble = 'Honestly our senior management have no idea what they are doing.';

const cases: Array<{ name: string; input: Parameters<typeof headlineFor>[0]; headline: string }> = [
  {
    name: 'personal council officer criticising the employer (the brief’s first example)',
    input: { profile: personalLG, platform: 'facebook', text: grumble, findings: [finding(grumble, 'senior management have no idea', { category: 'employer-criticism' })] },
    headline: 'Council officer slams bosses on Facebook',
  },
  {
    name: 'department attacking a union late at night (the brief’s second example)',
    input: {
      profile: corporateCS,
      platform: 'x',
      text: strike,
      postedAt: '2026-02-10T22:07:00',
      findings: [
        finding(strike, 'irresponsible and reckless', { category: 'attacks-opponent', severity: 'serious', target: "the teachers' union" }),
        finding(strike, 'The strike', { category: 'timing' }),
      ],
    },
    headline: "Department attacks teachers' union in late-night posts",
  },
  {
    name: 'opinion stated as fact quotes the draft’s own judgement',
    input: { profile: corporateCS, platform: 'x', text: strike, findings: [finding(strike, 'irresponsible and reckless', { category: 'opinion-as-fact', target: 'the union' })] },
    headline: 'Department brands union ‘irresponsible and reckless’ on X',
  },
  {
    name: 'a legal conclusion about contracts',
    input: { profile: corporateCS, platform: 'x', text: strike, findings: [finding(strike, 'in breach of their contracts', { category: 'legal-claim', severity: 'serious', target: 'Teachers' })] },
    headline: 'Department accuses teachers of breaching contracts on X',
  },
  {
    name: 'party support named in the draft',
    input: { profile: personalCS, platform: 'x', text: vote, findings: [finding(vote, 'Vote Labour', { category: 'party-political', severity: 'serious' })] },
    headline: 'Civil servant backs Labour on X',
  },
  {
    name: 'party opposition named in the draft is not support',
    input: { profile: personalCS, platform: 'bluesky', text: vote, findings: [finding(vote, '#ToriesOut', { category: 'party-political', severity: 'serious' })] },
    headline: 'Civil servant attacks Tories on Bluesky',
  },
  {
    name: 'the whole slogan: support wins over the hashtag',
    input: { profile: personalCS, platform: 'x', text: vote, findings: [finding(vote, vote, { category: 'party-political', severity: 'serious' })] },
    headline: 'Civil servant backs Labour on X',
  },
  {
    name: 'party politics with no party named only takes sides',
    input: {
      profile: corporateLG,
      platform: 'facebook',
      text: 'Time for a change of government.',
      findings: [finding('Time for a change of government.', 'Time for a change of government', { category: 'party-political', severity: 'serious' })],
    },
    headline: 'Council takes sides on Facebook',
  },
  {
    name: 'without the draft text there is no evidence of which party',
    input: { profile: personalCS, platform: 'x', findings: [finding(vote, 'Vote Labour', { category: 'party-political', severity: 'serious' })] },
    headline: 'Civil servant takes sides on X',
  },
  {
    name: 'an agency named by its employer',
    input: {
      profile: { ...corporateCS, employer: 'Environment Agency' },
      platform: 'linkedin',
      findings: [finding(strike, 'The strike', { category: 'unsourced-claim' })],
    },
    headline: 'Agency makes unsourced claim on LinkedIn',
  },
  {
    name: 'the employer option overrides the profile',
    input: { profile: corporateCS, employer: 'Cabinet Office', platform: 'x', findings: [finding(strike, 'The strike', { category: 'confidential', severity: 'serious' })] },
    headline: 'Office leaks confidential information on X',
  },
  {
    name: 'tone with a target mocks it, without one rounds on critics',
    input: {
      profile: corporateLG,
      platform: 'threads',
      findings: [finding(strike, 'The strike', { category: 'tone', target: '@JoWaddell_Echo' })],
    },
    headline: 'Council mocks @JoWaddell_Echo on Threads',
  },
  {
    name: 'tone without a target',
    input: { profile: personalLG, platform: 'mastodon', findings: [finding(strike, 'The strike', { category: 'tone' })] },
    headline: 'Council officer rounds on critics on Mastodon',
  },
  {
    name: 'personal data',
    input: { profile: corporateLG, platform: 'facebook', findings: [finding(strike, 'The strike', { category: 'personal-data', severity: 'serious' })] },
    headline: "Council reveals resident's details on Facebook",
  },
  {
    name: 'weekend timing from a Date, during an election',
    input: {
      profile: { ...corporateLG, electionPeriod: true },
      platform: 'facebook',
      postedAt: new Date(2026, 1, 14, 11, 0), // Saturday 14 February 2026, 11:00 local
      findings: [
        finding(strike, 'The strike', { category: 'election-period', severity: 'serious' }),
        finding(strike, 'The strike', { category: 'timing' }),
        finding(strike, 'the union', { category: 'endorsement' }),
      ],
    },
    headline: 'Council shares campaign post in weekend posts during election',
  },
  {
    name: 'only circumstances raised',
    input: { profile: corporateCS, platform: 'x', postedAt: '2026-02-11T06:15', findings: [finding(strike, 'The strike', { category: 'timing' })] },
    headline: 'Department sounds off in early-morning posts',
  },
  {
    name: 'severity picks the verb over newsworthiness',
    input: {
      profile: personalCS,
      platform: 'x',
      findings: [
        finding(strike, 'The strike', { category: 'confidential', severity: 'info' }),
        finding(strike, 'the union', { category: 'personal-professional-blur', severity: 'warning' }),
      ],
    },
    headline: 'Civil servant speaks for employer on X',
  },
  {
    name: 'a councillor publicised during an election',
    input: {
      profile: { ...corporateLG, electionPeriod: true },
      platform: 'facebook',
      text: 'Come and meet Councillor Patel at the new leisure centre opening!',
      findings: [
        finding('Come and meet Councillor Patel at the new leisure centre opening!', 'Come and meet Councillor Patel', {
          category: 'election-period',
          severity: 'serious',
        }),
      ],
    },
    headline: 'Council promotes councillor on Facebook during election',
  },
  {
    name: 'a named person keeps the capitals',
    input: { profile: corporateCS, platform: 'x', findings: [finding(strike, 'The strike', { category: 'attacks-opponent', target: 'Jo Waddell' })] },
    headline: 'Department attacks Jo Waddell on X',
  },
  {
    name: 'nothing raised',
    input: { profile: corporateCS, platform: 'other', findings: [] },
    headline: 'Department posts online',
  },
];

describe('headlineFor', () => {
  it.each(cases)('$name', ({ input, headline }) => {
    expect(headlineFor(input)).toBe(headline);
  });

  it('quotes only words that are in the draft', () => {
    const text = 'This council-tax rise is a disgraceful, shameful waste of everyone’s money and time.';
    const result = headlineFor({
      profile: corporateLG,
      platform: 'x',
      text,
      findings: [finding(text, 'a disgraceful, shameful waste of everyone’s money', { category: 'opinion-as-fact' })],
    });
    const quoted = /‘([^’]+)’/.exec(result)?.[1];
    expect(result).toBe('Council calls it ‘disgraceful’ on X');
    expect(text).toContain(quoted);
  });

  it('keeps a long target short and drops its article', () => {
    const result = headlineFor({
      profile: corporateCS,
      platform: 'x',
      findings: [finding(strike, 'The strike', { category: 'attacks-opponent', target: 'the campaigners who have been blocking our reforms for years' })],
    });
    expect(result).toBe('Department attacks campaigners who have been blocking our… on X');
  });
});
