import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import { SETTINGS_KEY, defaultSettings, type Settings } from '../shared/settings';
import { FeedbackLog } from './feedback-log';
import { handleMessage } from './message-handler';
import { effectiveSettings, parseManagedPolicy } from './policy';
import { SettingsCache } from './settings-cache';
import { CASE_NUMBERS_RULE, PLAIN_ENGLISH_RULE, memoryStorage } from './test-fakes';

const BUILT_IN = ['shouting', 'partisan-content', 'opponent-attack'];

const orgRule = CASE_NUMBERS_RULE;
const userRule = PLAIN_ENGLISH_RULE;

function userSettings(change: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...change };
}

describe('effective settings = user settings ⊕ organisation policy', () => {
  it('is the user settings, unchanged and unlocked, when there is no policy', () => {
    const user = userSettings({ ruleOverrides: { shouting: { enabled: false } }, houseRules: [userRule] });
    const effective = effectiveSettings(user, {}, BUILT_IN);
    expect(effective.settings).toEqual(user);
    expect(effective.managed).toBe(false);
    expect(effective.extraRules.map((rule) => rule.id)).toEqual(['plain-english']);
    expect(effective.locks).toEqual({ accounts: [], defaults: false, rules: {}, houseRules: [], electionPeriods: [], auditTrail: [], signOff: false });
  });

  it('lets managed accounts, defaults, audit trail and sign-off win, and marks them locked', () => {
    const user = userSettings({
      accounts: { 'x:@harrowfieldbc': { account: 'personal', role: 'civil-servant', restricted: false }, 'x:@me': { account: 'personal', role: 'local-gov-officer', restricted: true } },
      auditTrail: { enabled: false, includeText: true, retentionDays: 30, maxEntries: 1000 },
    });
    const policy = {
      accounts: { 'x:@HarrowfieldBC': { account: 'corporate', role: 'local-gov-officer', restricted: false, employer: 'Harrowfield Borough Council' } },
      defaults: { account: 'personal', role: 'local-gov-officer', restricted: true },
      auditTrail: { enabled: true, includeText: false },
      signOffRequired: true,
    };
    const { settings, locks, managed } = effectiveSettings(user, policy, BUILT_IN);
    expect(managed).toBe(true);
    expect(settings.accounts).toEqual({
      'x:@harrowfieldbc': { account: 'corporate', role: 'local-gov-officer', restricted: false, employer: 'Harrowfield Borough Council' },
      'x:@me': { account: 'personal', role: 'local-gov-officer', restricted: true },
    });
    expect(settings.defaults).toEqual({ account: 'personal', role: 'local-gov-officer', restricted: true });
    expect(settings.auditTrail).toEqual({ enabled: true, includeText: false, retentionDays: 30, maxEntries: 1000 });
    expect(settings.signOff).toEqual({ required: true });
    expect(locks).toMatchObject({ accounts: ['x:@harrowfieldbc'], defaults: true, auditTrail: ['enabled', 'includeText'], signOff: true });
  });

  it('does not let the user switch off a locked rule or set it below the minimum level', () => {
    const user = userSettings({
      ruleOverrides: {
        'partisan-content': { enabled: false, severity: 'info' },
        shouting: { enabled: false },
        'opponent-attack': { severity: 'info' },
      },
    });
    const policy = { lockedRules: ['partisan-content'], minimumSeverity: { 'partisan-content': 'warning', 'opponent-attack': 'warning' } };
    const { settings, locks } = effectiveSettings(user, policy, BUILT_IN);
    expect(settings.ruleOverrides).toEqual({
      'partisan-content': { severity: 'warning' },
      shouting: { enabled: false },
      'opponent-attack': { severity: 'warning' },
    });
    expect(locks.rules).toEqual({ 'partisan-content': { locked: true, minimum: 'warning' }, 'opponent-attack': { locked: false, minimum: 'warning' } });
    // Raising a rule above the minimum is the user's choice.
    expect(effectiveSettings(userSettings({ ruleOverrides: { 'opponent-attack': { severity: 'serious' } } }), policy, BUILT_IN).settings.ruleOverrides).toEqual({
      'opponent-attack': { severity: 'serious' },
    });
  });

  it("runs the organisation's house rules first, locked, and skips a user rule that takes one of their ids", () => {
    const user = userSettings({ houseRules: [userRule, { ...userRule, id: 'no-case-numbers' }], ruleOverrides: { 'no-case-numbers': { enabled: false } } });
    const effective = effectiveSettings(user, { houseRules: [orgRule, { ...orgRule, id: 'broken', pattern: '(' }] }, BUILT_IN);
    expect(effective.extraRules.map((rule) => rule.id)).toEqual(['no-case-numbers', 'plain-english']);
    expect(effective.locks.houseRules).toEqual(['no-case-numbers']);
    expect(effective.settings.ruleOverrides).toEqual({});
    expect(effective.problems).toEqual([
      'policy.houseRules: rule 2 "broken", field "pattern": RE2 cannot parse it: missing closing ): `(`',
      'houseRules: your rule "no-case-numbers" is skipped: your organisation has a rule with the same id',
    ]);
  });

  it('always applies the organisation election periods; the user may add more', () => {
    const user = userSettings({ electionPeriods: [{ name: 'By-election', start: '2026-09-01', end: '2026-10-01' }] });
    const policy = { electionPeriods: [{ name: 'May locals', start: '2026-03-23', end: '2026-05-07' }] };
    expect(effectiveSettings(user, policy, BUILT_IN).settings.electionPeriods.map((period) => period.name)).toEqual(['May locals', 'By-election']);
  });

  it('skips damaged policy values with a reason and applies the rest, never throwing', () => {
    for (const raw of [null, 5, 'policy', [], { accounts: 7, houseRules: 'x', lockedRules: [1], minimumSeverity: { shouting: 'max' }, signOffRequired: 'yes' }]) {
      expect(() => effectiveSettings(defaultSettings(), raw, BUILT_IN)).not.toThrow();
    }
    const { policy, problems } = parseManagedPolicy({ accounts: { 'no-colon': {} }, lockedRules: ['shouting', 3], signOffRequired: true });
    expect(policy).toEqual({ accounts: {}, lockedRules: ['shouting'], signOffRequired: true });
    expect(problems).toEqual(['policy.accounts.no-colon: not a site:handle key such as "x:@harrowfieldbc"', 'policy.lockedRules: some entries are not rule ids']);
  });
});


describe('the worker checks under the effective settings', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const request = (text: string, handle = '@harrowfieldbc') => ({ type: 'check', revision: 1, site: 'x', handle, draft: { text, platform: 'x', kind: 'post', postedAt: '2026-04-02T10:00:00' } });

  function setup(user: Settings, initialPolicy: Record<string, unknown>) {
    const local = memoryStorage({ [SETTINGS_KEY]: user });
    const notices: string[][] = [];
    let policy = initialPolicy;
    const settings = new SettingsCache(local, { managed: { get: async () => structuredClone(policy) }, onNotices: (list) => notices.push(list) });
    const deps = { extensionId: ID, settings, feedback: new FeedbackLog(local), now: () => new Date(2026, 3, 2, 10, 0) };
    /** IT changes the policy: the browser's managed storage holds it, and storage.onChanged fires. */
    const setPolicy = (next: Record<string, unknown>) => {
      policy = next;
      settings.onStorageChanged(Object.fromEntries(Object.entries(next).map(([key, newValue]) => [key, { newValue }])), 'managed');
    };
    return { deps, notices, settings, setPolicy };
  }

  it("uses the organisation's account, its election period, and both sets of house rules", async () => {
    const user = userSettings({ houseRules: [userRule] });
    const policy = {
      accounts: { 'x:@harrowfieldbc': { account: 'corporate', role: 'local-gov-officer', restricted: false, employer: 'Harrowfield Borough Council' } },
      electionPeriods: [{ name: 'May locals', start: '2026-03-23', end: '2026-05-07' }],
      houseRules: [orgRule, { ...orgRule, id: 'broken', pattern: '(' }],
    };
    const { deps, notices } = setup(user, policy);
    const text = 'We will utilise the new system for HB-123456.';
    const reply = (await handleMessage(request(text), { id: ID }, deps)) as unknown as { findings: Finding[]; profile: Record<string, unknown> };
    expect(reply.profile).toMatchObject({ account: 'corporate', employer: 'Harrowfield Borough Council', electionPeriod: true });
    expect(reply.profile.extraRules).toBeUndefined();
    const house = reply.findings.filter((finding) => finding.rule === 'no-case-numbers' || finding.rule === 'plain-english');
    expect(house.map((finding) => [finding.rule, text.slice(finding.start, finding.end), finding.suggestion])).toEqual([
      ['plain-english', 'utilise', 'use'],
      ['no-case-numbers', 'HB-123456', undefined],
    ]);
    expect(house.find((finding) => finding.rule === 'no-case-numbers')?.severity).toBe('serious');
    // The broken organisation rule is reported, not thrown.
    expect(notices.flat()).toContainEqual(expect.stringContaining('"broken", field "pattern"'));
  });

  it('keeps the notice of damaged settings until they are exported or discarded', async () => {
    const local = memoryStorage({ [SETTINGS_KEY]: { ...defaultSettings(), electionPeriods: 'soon' } });
    const notices: string[][] = [];
    const cache = new SettingsCache(local, { onNotices: (list) => notices.push(list) });
    await cache.effective();
    expect(notices.at(-1)).toEqual(['Some settings could not be read and were set aside (see the options page): electionPeriods: not a list']);
    await cache.store.clearQuarantine();
    // The change itself refreshes the notice (the toolbar button), without waiting for a check.
    cache.onStorageChanged({ quarantine: { newValue: [] } }, 'local');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notices.at(-1)).toEqual([]);
  });

  it('follows a policy change without reloading', async () => {
    const { deps, setPolicy } = setup(userSettings(), {});
    const before = (await handleMessage(request('Update on HB-123456'), { id: ID }, deps)) as { findings: Finding[] };
    expect(before.findings.some((finding) => finding.rule === 'no-case-numbers')).toBe(false);
    setPolicy({ houseRules: [orgRule] });
    const after = (await handleMessage(request('Update on HB-123456'), { id: ID }, deps)) as { findings: Finding[] };
    expect(after.findings.some((finding) => finding.rule === 'no-case-numbers')).toBe(true);
  });

  it('switches a built-in rule off for the user, unless the organisation locked it', async () => {
    const text = 'Vote Labour on Thursday! #ToriesOut';
    const corporate = userSettings({ defaults: { account: 'corporate', role: 'civil-servant', restricted: false } });
    const baseline = (await handleMessage(request(text, '@other'), { id: ID }, setup(corporate, {}).deps)) as { findings: Finding[] };
    const rule = baseline.findings.find((finding) => finding.severity !== 'info')?.rule;
    expect(rule).toBeDefined();
    const off = userSettings({ ...corporate, ruleOverrides: { [rule!]: { enabled: false } } });
    const silenced = (await handleMessage(request(text, '@other'), { id: ID }, setup(off, {}).deps)) as { findings: Finding[] };
    expect(silenced.findings.some((finding) => finding.rule === rule)).toBe(false);
    const locked = (await handleMessage(request(text, '@other'), { id: ID }, setup(off, { lockedRules: [rule] }).deps)) as { findings: Finding[] };
    expect(locked.findings.some((finding) => finding.rule === rule)).toBe(true);
  });
});
