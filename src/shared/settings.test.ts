import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, accountKey, currentElectionPeriod, defaultSettings, parseSettings, profileFor, profileLabel, readSettings, withAccount } from './settings';
import { readSettings as readSettingsFully } from './settings-storage';

describe('per-account settings', () => {
  it('defaults to a personal account of a council officer, not restricted, outside an election period', () => {
    const { profile, saved } = profileFor(defaultSettings(), 'x', '@jdoe');
    expect(profile).toEqual({ account: 'personal', role: 'local-gov-officer', restricted: false, electionPeriod: false });
    expect(saved).toBe(false);
    expect(profileLabel(profile)).toBe('Personal account · council officer');
  });

  it('keeps one profile per site and handle, handles compared without case', () => {
    const settings = withAccount(defaultSettings(), 'x', '@JDoe', { account: 'corporate', role: 'civil-servant', restricted: false });
    expect(profileFor(settings, 'x', '@jdoe')).toMatchObject({ saved: true, profile: { account: 'corporate', role: 'civil-servant' } });
    expect(profileFor(settings, 'bluesky', '@jdoe').saved).toBe(false);
    expect(accountKey('x', ' @JDoe ')).toBe('x:@jdoe');
  });

  it('labels a corporate, restricted profile in an election period', () => {
    expect(profileLabel({ account: 'corporate', role: 'civil-servant', restricted: true, electionPeriod: true })).toBe(
      'Corporate account · civil servant · politically restricted · election period',
    );
  });

  it('survives damaged storage: unknown values fall back, bad keys are dropped, nothing throws', () => {
    for (const raw of [undefined, null, 7, 'x', [], { version: 1, accounts: 'nope' }]) {
      expect(parseSettings(raw)).toEqual(defaultSettings());
    }
    const parsed = parseSettings({
      version: 1,
      defaults: { account: 'corporate', role: 'wizard', restricted: 'yes' },
      accounts: { 'x:@a': { account: 'personal', role: 'civil-servant', restricted: true, employer: ' HMRC ' }, 'no-colon': {} },
    });
    expect(parsed.defaults).toEqual({ account: 'corporate', role: 'local-gov-officer', restricted: false });
    expect(parsed.accounts).toEqual({ 'x:@a': { account: 'personal', role: 'civil-servant', restricted: true, employer: 'HMRC' } });
  });

  it('migrates the unversioned shape (a bare map of accounts) to the current version', () => {
    const parsed = parseSettings({ 'mastodon:@alice@example.social': { account: 'corporate', role: 'local-gov-officer', restricted: false } });
    expect(parsed.version).toBe(SETTINGS_VERSION);
    expect(profileFor(parsed, 'mastodon', '@alice@example.social').profile.account).toBe('corporate');
  });
});

describe('settings version 2', () => {
  it('migrates version 1 to 2 keeping every account, and adds the new sections with defaults', () => {
    const v1 = { version: 1, defaults: { account: 'corporate', role: 'civil-servant', restricted: false }, accounts: { 'x:@dept': { account: 'corporate', role: 'civil-servant', restricted: true, employer: 'DfE' } } };
    const { settings, problems, fromVersion } = readSettings(v1);
    expect(problems).toEqual([]);
    expect(fromVersion).toBe(1);
    expect(settings).toEqual({
      ...defaultSettings(),
      defaults: v1.defaults,
      accounts: v1.accounts,
    });
    expect(settings.auditTrail).toEqual({ enabled: false, includeText: false, retentionDays: 90, maxEntries: 1000 });
    expect(settings.signOff).toEqual({ required: false });
  });

  it('reports each damaged field by name while keeping the readable rest', () => {
    const { settings, problems } = readSettingsFully({
      version: 2,
      defaults: { account: 'corporate', role: 'civil-servant', restricted: false },
      accounts: {},
      electionPeriods: [{ name: 'May locals', start: '2026-03-23', end: '2026-05-07' }, { start: '2026-02-30', end: '2026-03-01' }],
      houseRules: [{ id: 'no-leaks', kind: 'existence', message: 'No leaks.', category: 'confidential', severity: 'warning', phrases: ['leaked'] }, { id: 'bad', kind: 'pattern', message: 'x', category: 'tone', severity: 'info', pattern: '(' }],
      ruleOverrides: { shouting: { enabled: false }, 'partisan-content': { severity: 'loud' } },
      auditTrail: { enabled: true, includeText: true, retentionDays: 30, maxEntries: 'lots' },
      signOff: { required: true },
    });
    expect(settings.electionPeriods).toEqual([{ name: 'May locals', start: '2026-03-23', end: '2026-05-07' }]);
    expect(settings.houseRules.map((rule) => rule.id)).toEqual(['no-leaks']);
    expect(settings.ruleOverrides).toEqual({ shouting: { enabled: false } });
    expect(settings.auditTrail).toEqual({ enabled: true, includeText: true, retentionDays: 30, maxEntries: 1000 });
    expect(settings.signOff).toEqual({ required: true });
    expect(problems).toEqual([
      'electionPeriods.1.start: must be a date written YYYY-MM-DD',
      'houseRules: rule 2 "bad", field "pattern": RE2 cannot parse it: missing closing ): `(`',
      'ruleOverrides.partisan-content.severity: not one of info, warning, serious',
    ]);
  });

  it('does not guess at a version from the future', () => {
    const { settings, problems } = readSettings({ version: 9, defaults: { account: 'corporate' } });
    expect(settings).toEqual(defaultSettings());
    expect(problems).toEqual(['version: 9 is not a version this build can read']);
  });

  it('derives the election period from today (local days, both ends included) and passes rule overrides on', () => {
    const settings = { ...defaultSettings(), electionPeriods: [{ name: 'May locals', start: '2026-03-23', end: '2026-05-07' }], ruleOverrides: { shouting: { enabled: false } } };
    expect(profileFor(settings, 'x', '@a', new Date(2026, 2, 22, 23, 59)).profile.electionPeriod).toBe(false);
    expect(profileFor(settings, 'x', '@a', new Date(2026, 2, 23, 0, 0)).profile.electionPeriod).toBe(true);
    expect(profileFor(settings, 'x', '@a', new Date(2026, 4, 7, 23, 0)).profile).toMatchObject({ electionPeriod: true, ruleOverrides: { shouting: { enabled: false } } });
    expect(profileFor(settings, 'x', '@a', new Date(2026, 4, 8, 0, 1)).profile.electionPeriod).toBe(false);
    expect(currentElectionPeriod(settings.electionPeriods, new Date(2026, 3, 1))?.name).toBe('May locals');
  });
});

describe('reading settings without the schema library (content script, popup)', () => {
  it('keeps house rules it cannot validate exactly as stored, so the popup never drops them', () => {
    const rules = [{ id: 'x', kind: 'pattern', pattern: '(' }, 'junk'];
    const { settings, problems } = readSettings({ ...defaultSettings(), houseRules: rules });
    expect(settings.houseRules).toEqual([rules[0]]);
    expect(problems).toEqual(['houseRules: rule 2 is not a house rule']);
  });
});
