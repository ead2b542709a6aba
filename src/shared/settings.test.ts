import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, accountKey, defaultSettings, parseSettings, profileFor, profileLabel, withAccount } from './settings';

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
