import { describe, expect, it } from 'vitest';
import { features, tokens, tokensAt } from '../engine/model/features';
import { learnedModel } from '../engine/model/model';
import { normalise } from '../engine/normalise';
import rule from './learned-patterns';
import { NOT_CONTENT } from './thread-fragment';
import { describeRule, findings } from '../../tests/unit/rule-harness';

describeRule(rule);

const ATTACK = 'The same tired campaigners who oppose every scheme are at it again, and residents deserve better than their noise.';

describe('learned-patterns', () => {
  it('raises warnings only, each on a whole sentence of the draft', () => {
    const text = `Update on the budget consultation. ${ATTACK} The full report is on our website.`;
    const learned = findings(text, { account: 'corporate' }).filter((f) => f.rule === 'learned-patterns');
    expect(learned.length).toBeGreaterThan(0);
    for (const finding of learned) {
      expect(finding.severity).toBe('warning');
      expect(text.slice(finding.start, finding.end)).toBe(ATTACK);
      expect(finding.advice).toBeTruthy();
      expect(finding.suggestion).toBeUndefined();
    }
  });

  it('leaves a category to the rule that already raised it', () => {
    const drafts = [
      'As a council officer I can tell you the new parking scheme is a total con. Views my own.',
      'Funny how the people moaning loudest about the new bin rota never turn up to a consultation.',
      'Vote Labour on Thursday! #ToriesOut',
    ];
    for (const text of drafts) {
      for (const account of ['corporate', 'personal'] as const) {
        const all = findings(text, { account });
        const byRules = new Set(all.filter((f) => f.rule !== 'learned-patterns' && f.severity !== 'info').map((f) => f.category));
        const learned = all.filter((f) => f.rule === 'learned-patterns').map((f) => f.category);
        expect(learned.filter((category) => byRules.has(category)), text).toEqual([]);
        expect(new Set(learned).size).toBe(learned.length);
      }
    }
  });

  it('is switched off like any rule', () => {
    const off = findings(ATTACK, { account: 'corporate', ruleOverrides: { 'learned-patterns': { enabled: false } } });
    expect(off.filter((f) => f.rule === 'learned-patterns')).toEqual([]);
  });

  it('raises the circumstantial categories only in their circumstances (RULES.md)', () => {
    const list = 'Line 1: bins\nLine 2: recycling\nLine 3: garden waste\nLine 4: food waste\nLine 5: bulky items\nLine 6: clinical waste';
    const bookClub = 'Personal account, views my own. Great evening at the book club talking about Middlemarch. Highly recommend it.';
    for (const account of ['corporate', 'personal'] as const) {
      const categories = (text: string) => findings(text, { account }).filter((f) => f.rule === 'learned-patterns').map((f) => f.category);
      // A numbered list is not part 2 of a thread; a disclaimer is raised only beside something risky
      // (the retrained model reads this book-club post as tone for a council officer: a false alarm).
      expect(categories(list)).not.toContain('thread-fragment');
      const beside = categories(bookClub);
      if (beside.includes('disclaimer-reliance')) {
        expect(findings(bookClub, { account }).some((f) => f.severity !== 'info' && !NOT_CONTENT.has(f.category))).toBe(true);
      }
      // A politically free officer may campaign in their own name.
      if (account === 'personal') expect(findings('Views my own, but anyone voting Conservative wants their head examining. Vote Labour on Thursday!', { account, restricted: false })).not.toContainEqual(expect.objectContaining({ category: 'party-political' }));
      // Working hours (the harness posts on a Wednesday at 11:00) are not a timing problem.
      expect(categories('Statement on the strike: we are disappointed the union has chosen to walk out.')).not.toContain('timing');
    }
  });

  it('does not raise an election-period warning outside an election period', () => {
    for (const text of ['Great to see our candidate out on the doorstep in Westfield today!', 'Polling cards are arriving this week.']) {
      const learned = findings(text, { account: 'corporate', electionPeriod: false }).filter((f) => f.rule === 'learned-patterns');
      expect(learned.map((f) => f.category)).not.toContain('election-period');
    }
  });

  it('reads a long text a passage at a time, and points into the passage that reads as the category', () => {
    const filler = 'The library on Mill Road opens at nine on weekdays and at ten on Saturdays. ';
    const text = filler.repeat(200) + ATTACK + ' ' + filler.repeat(200);
    const learned = findings(text, { account: 'corporate' }).filter((f) => f.rule === 'learned-patterns');
    expect(learned.length).toBeGreaterThan(0);
    for (const finding of learned) expect(text.slice(finding.start, finding.end)).toBe(ATTACK);
  });

  it('raises a category once per draft, however many passages read as it', () => {
    const filler = 'The library on Mill Road opens at nine on weekdays and at ten on Saturdays. ';
    const text = [ATTACK, filler.repeat(40), ATTACK, filler.repeat(40), ATTACK].join(' ');
    const categories = findings(text, { account: 'corporate' }).filter((f) => f.rule === 'learned-patterns').map((f) => f.category);
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories).size).toBe(categories.length);
  });

  it('does not grow more confident as an ordinary text grows longer', () => {
    for (const lines of [3, 10, 40]) {
      const text = Array.from({ length: lines }, (_, i) => `Line ${i + 1}: the plan is under review`).join('\n');
      expect(findings(text, { account: 'corporate' }).filter((f) => f.rule === 'learned-patterns'), `${lines} lines`).toEqual([]);
    }
  });

  it('scores the evasions the engine normalises like the plain words', () => {
    const model = learnedModel();
    const profile = { account: 'corporate', role: 'local-gov-officer', restricted: true, electionPeriod: false, kind: 'post', time: null } as const;
    const plain = model.scoreText(normalise('Vote Tory on Thursday').text, profile);
    const leet = model.scoreText(normalise('Vote T0ry on Thursday').text, profile);
    expect([...leet]).toEqual([...plain]);
  });
});

describe('the learned model, two ways in', () => {
  const profile = { account: 'personal', role: 'civil-servant', restricted: false, electionPeriod: true, kind: 'reply', time: { hour: 22, minute: 5, weekday: 6 } } as const;
  const texts = [
    'Views my own, but anyone voting Conservative wants their head examining. Vote Labour on Thursday!',
    'Déjà vu: the café on Rue Street shut again — “temporary”, they say. 🙄 https://example.com/x?y=1',
    '@someone THE PLAN IS RECKLESS!!! recklessly reckless, isn\'t it?',
    '',
  ];
  it('scores normalised text exactly as the feature strings the trainer uses', () => {
    const model = learnedModel();
    for (const text of texts) {
      const norm = normalise(text).text;
      const fromStrings = model.score(features(norm, profile));
      expect([...model.scoreText(norm, profile)], text).toEqual([...fromStrings]);
    }
  });

  it('scores a passage by its parts exactly as scoreText does, and each part as if alone', () => {
    const model = learnedModel();
    const more = [...texts, 'Line 12: see www.example.gov.uk/plan-2026 (p. 4). Then 2/3 of us -https://x.y/z said "no"… 👍 Ça va?', 'Two links: https://a.example/1 https://b.example/2 and 999 more'];
    for (const text of more) {
      const norm = normalise(text).text;
      const sentences = norm ? [[0, Math.floor(norm.length / 2)], [Math.floor(norm.length / 2), norm.length]] as const : [];
      const scored = model.scoreParts(norm, profile, sentences);
      expect([...scored.total], text).toEqual([...model.scoreText(norm, profile)]);
      expect(tokensAt(norm).words, text).toEqual(tokens(norm));
    }
    // A part that is a whole sentence scores as that sentence does alone.
    const norm = normalise('The plan is reckless. Thanks to the crews who cleared the road.').text;
    const cut = norm.indexOf('thanks');
    const parts = [[0, cut - 1], [cut, norm.length]] as const;
    const scored = model.scoreParts(norm, profile, parts);
    expect([...scored.part(0)]).toEqual([...model.scoreText(norm.slice(0, cut - 1), profile)]);
    expect([...scored.part(1)]).toEqual([...model.scoreText(norm.slice(cut), profile)]);
  });

  it('never raises election-period on a politically free officer\'s personal post (RULES.md)', () => {
    const text = 'Out leafleting for the Greens today. If you care about clean rivers there is only one choice on 7 May!';
    const free = findings(text, { account: 'personal', restricted: false, electionPeriod: true }).filter((f) => f.rule === 'learned-patterns');
    expect(free.map((f) => f.category)).not.toContain('election-period');
  });
});
