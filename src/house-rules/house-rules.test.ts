import { describe, expect, it } from 'vitest';
import { check } from '../engine/check';
import type { Profile, Rule } from '../engine/types';
import {
  compileHouseRule,
  compileHouseRules,
  describeProblem,
  exportHouseRules,
  importHouseRules,
  validateHouseRule,
  validateHouseRules,
  type HouseRule,
} from './index';

const personal: Profile = { account: 'personal', role: 'local-gov-officer', restricted: false, electionPeriod: false };
const corporate: Profile = { ...personal, account: 'corporate' };

const leaks: HouseRule = {
  id: 'no-leaks',
  kind: 'existence',
  message: 'Do not describe information as "%s": say where it was published.',
  category: 'confidential',
  severity: 'warning',
  phrases: ['leaked', 'off the record'],
  link: 'https://intranet.example.gov.uk/social-media#leaks',
};

const plainEnglish: HouseRule = {
  id: 'plain-english',
  kind: 'substitution',
  message: "Use '%s' instead of '%s'.",
  category: 'tone',
  severity: 'warning',
  swap: { utilise: 'use', 'going forward': 'from now on' },
};

const caseNumbers: HouseRule = {
  id: 'case-numbers',
  kind: 'pattern',
  message: 'This looks like a case reference (%s): case details stay out of posts.',
  category: 'personal-data',
  severity: 'serious',
  pattern: '\\bHB-\\d{6}\\b',
};

/** Runs only the house rules (no built-in rules), so assertions see exactly what they add. */
function run(rules: Rule[], text: string, profile: Profile = personal) {
  return check({ text, platform: 'x', kind: 'post', postedAt: '2026-03-02T10:00:00' }, { ...profile, extraRules: rules }, []);
}

describe('house rules: existence', () => {
  it('flags each listed phrase as a whole word, through case, curly quotes and look-alike letters', () => {
    const rule = compileHouseRule(leaks, 'organisation');
    const text = 'The LEAKED memo was shared “off the record”; unleaked drafts are fine. Lеaked again (Cyrillic e).';
    const findings = run([rule], text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['LEAKED', 'off the record', 'Lеaked']);
    expect(findings[0]).toMatchObject({
      rule: 'no-leaks',
      category: 'confidential',
      severity: 'warning',
      message: 'Do not describe information as "LEAKED": say where it was published.',
      source: "Your organisation's house rules: https://intranet.example.gov.uk/social-media#leaks",
    });
    expect(findings[0]!.suggestion).toBeUndefined();
  });

  it('matches a phrase across a line break', () => {
    const findings = run([compileHouseRule(leaks)], 'Said off the\nrecord.');
    expect(findings).toHaveLength(1);
  });

  it('applies only to the accounts it names', () => {
    const rule = compileHouseRule({ ...leaks, accounts: ['corporate'] });
    expect(run([rule], 'leaked', personal)).toEqual([]);
    expect(run([rule], 'leaked', corporate)).toHaveLength(1);
  });

  it('does nothing when switched off', () => {
    expect(run([compileHouseRule({ ...leaks, enabled: false })], 'leaked')).toEqual([]);
  });
});

describe('house rules: substitution', () => {
  it('offers the swap as the suggestion, keeping a leading capital', () => {
    const text = 'Utilise the new bins going forward.';
    const findings = run([compileHouseRule(plainEnglish)], text);
    expect(findings.map((f) => [text.slice(f.start, f.end), f.suggestion, f.message])).toEqual([
      ['Utilise', 'Use', "Use 'use' instead of 'Utilise'."],
      ['going forward', 'from now on', "Use 'from now on' instead of 'going forward'."],
    ]);
  });
});

describe('house rules: pattern (RE2)', () => {
  it('matches over the original text, case-insensitive unless told otherwise', () => {
    const text = 'Update on hb-123456 and HB-654321 today.';
    expect(run([compileHouseRule(caseNumbers)], text).map((f) => text.slice(f.start, f.end))).toEqual(['hb-123456', 'HB-654321']);
    expect(run([compileHouseRule({ ...caseNumbers, ignoreCase: false })], text).map((f) => text.slice(f.start, f.end))).toEqual(['HB-654321']);
  });

  it('reports UTF-16 offsets after emoji', () => {
    const text = '😀😀 HB-123456';
    const [finding] = run([compileHouseRule(caseNumbers)], text);
    expect(text.slice(finding!.start, finding!.end)).toBe('HB-123456');
  });

  it('runs catastrophic-backtracking patterns on long inputs to completion (RE2 is linear)', () => {
    // With a backtracking engine these take longer than the age of the universe on such inputs.
    const nested = compileHouseRule({ ...caseNumbers, id: 'nested', pattern: '(a+)+$' });
    const doubled = compileHouseRule({ ...caseNumbers, id: 'doubled', pattern: '(x+x+)+y' });
    const alternated = compileHouseRule({ ...caseNumbers, id: 'alternated', pattern: '(a|aa)+b' });
    expect(run([nested], `${'a'.repeat(50_000)}!`)).toEqual([]);
    expect(run([doubled], 'x'.repeat(100_000))).toEqual([]);
    expect(run([alternated], 'a'.repeat(50_000))).toEqual([]);
    // ...and still find what is there.
    expect(run([nested], 'aaaa')).toHaveLength(1);
  });

  it('caps the findings of a rule that matches everywhere', () => {
    const everything = compileHouseRule({ ...caseNumbers, id: 'every-letter', pattern: '[a-z]' });
    expect(run([everything], 'abc '.repeat(200))).toHaveLength(50);
  });
});

describe('house rule validation', () => {
  it('names the field and the reason for each problem', () => {
    const { problems } = validateHouseRule({ id: 'Bad Id', kind: 'pattern', message: '', category: 'gossip', severity: 'loud', pattern: 'x' }, 2);
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.reason]));
    expect(byField.id).toMatch(/kebab-case/);
    expect(byField.message).toMatch(/required/);
    expect(byField.category).toMatch(/must be one of: party-political/);
    expect(byField.severity).toBe('must be one of: info, warning, serious');
    expect(describeProblem(problems[0]!)).toMatch(/^rule 3 "Bad Id", field "/);
  });

  it('rejects a pattern RE2 cannot run, saying why', () => {
    const { problems } = validateHouseRule({ ...caseNumbers, pattern: '(?<=council )tax' });
    expect(problems).toEqual([{ index: 0, id: 'case-numbers', field: 'pattern', reason: expect.stringMatching(/RE2 cannot parse it: .*look-around/) }]);
    expect(validateHouseRule({ ...caseNumbers, pattern: '(a' }).problems[0]).toMatchObject({ field: 'pattern', reason: expect.stringMatching(/missing closing \)/) });
    expect(validateHouseRule({ ...caseNumbers, pattern: '(\\w)\\1' }).problems[0]!.reason).toMatch(/back-references/);
  });

  it('rejects unknown fields, missing kind fields, empty lists and a link that is not a web address', () => {
    expect(validateHouseRule({ ...leaks, phrase: ['x'] }).problems).toContainEqual(expect.objectContaining({ field: 'phrase' }));
    expect(validateHouseRule({ ...leaks, phrases: [] }).problems).toContainEqual(expect.objectContaining({ field: 'phrases', reason: 'must list at least one phrase' }));
    const { phrases: _omitted, ...withoutPhrases } = leaks;
    expect(validateHouseRule(withoutPhrases).problems).toContainEqual({ index: 0, id: 'no-leaks', field: 'phrases', reason: 'is required' });
    expect(validateHouseRule({ ...leaks, link: 'javascript:alert(1)' }).problems).toContainEqual(expect.objectContaining({ field: 'link', reason: expect.stringMatching(/https/) }));
    expect(validateHouseRule({ ...leaks, kind: 'grammar' }).problems[0]).toMatchObject({ field: 'kind', reason: 'must be one of: existence, substitution, pattern' });
    expect(validateHouseRule('leaked').problems[0]!.reason).toMatch(/must be an object/);
  });

  it('keeps the good rules of a list and reports duplicate or built-in ids', () => {
    const { valid, problems } = validateHouseRules([leaks, { ...leaks }, { ...plainEnglish, id: 'shouting' }, caseNumbers], ['shouting']);
    expect(valid.map((r) => r.id)).toEqual(['no-leaks', 'case-numbers']);
    expect(problems.map(describeProblem)).toEqual([
      'rule 2 "no-leaks", field "id": is used by an earlier rule in the list',
      'rule 3 "shouting", field "id": is the id of a built-in rule; choose another',
    ]);
  });

  it('never throws: whatever storage holds, bad rules are skipped and reported, good ones compile', () => {
    for (const raw of [undefined, null, 7, 'rules', {}, [null], [[]], [{ kind: 'pattern', pattern: '(' }]]) {
      expect(() => compileHouseRules(raw, 'user')).not.toThrow();
    }
    const { rules, problems } = compileHouseRules([leaks, { ...caseNumbers, pattern: '(' }], 'organisation');
    expect(rules.map((r) => r.id)).toEqual(['no-leaks']);
    expect(problems).toHaveLength(1);
  });
});

describe('house rule files', () => {
  it('round-trips through export and import', () => {
    const file = exportHouseRules([leaks, plainEnglish, caseNumbers]);
    expect(importHouseRules(file)).toEqual({ rules: [leaks, plainEnglish, caseNumbers], problems: [] });
    expect(importHouseRules(JSON.stringify([leaks])).rules).toEqual([leaks]);
  });

  it('says where a file is broken', () => {
    expect(importHouseRules('[\n  {"id": "x",\n  oops}\n]').problems[0]).toMatch(/^The file is not valid JSON: .*line 3/);
    expect(importHouseRules('{"rules": 5}').problems).toEqual(['The file holds no list of rules: expected a JSON array, or an object with a "rules" array.']);
    const mixed = importHouseRules(JSON.stringify({ rules: [leaks, { ...plainEnglish, swap: {} }] }));
    expect(mixed.rules).toEqual([leaks]);
    expect(mixed.problems).toEqual(['rule 2 "plain-english", field "swap": must have at least one entry']);
  });
});
