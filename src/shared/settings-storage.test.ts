import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, SETTINGS_VERSION, defaultSettings, type Settings } from './settings';
import type { HouseRule } from '../house-rules/schema';
import { QUARANTINE_KEY, SettingsStore, exportSettings, fitsSyncQuota, importSettings } from './settings-storage';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  let writes = 0;
  return {
    data,
    writes: () => writes,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => {
      writes++;
      Object.assign(data, structuredClone(items));
    },
    remove: async (key: string) => {
      delete data[key];
    },
  };
}

const now = () => new Date('2026-03-02T10:00:00Z');
const leaks: HouseRule = { id: 'no-leaks', kind: 'existence', message: 'No leaks.', category: 'confidential', severity: 'warning', phrases: ['leaked'] };

describe('settings storage', () => {
  it('starts from defaults, with no notice, when nothing is stored', async () => {
    const local = memoryArea();
    expect(await new SettingsStore({ local, now }).load()).toEqual({ settings: defaultSettings(), notices: [] });
    expect(local.writes()).toBe(0);
  });

  it('upgrades version 1 in place and says so', async () => {
    const v1 = { version: 1, defaults: { account: 'corporate', role: 'civil-servant', restricted: false }, accounts: {} };
    const local = memoryArea({ [SETTINGS_KEY]: v1 });
    const { settings, notices, upgradedFrom } = await new SettingsStore({ local, now }).load();
    expect(settings.defaults.account).toBe('corporate');
    expect(notices).toEqual([]);
    expect(upgradedFrom).toBe(1);
    expect(SETTINGS_VERSION).toBe(2);
    expect(local.data[SETTINGS_KEY]).toMatchObject({ version: 2, defaults: { account: 'corporate' }, houseRules: [] });
    expect(local.data[QUARANTINE_KEY]).toBeUndefined();
  });

  it('keeps a damaged value aside, raw, with the reasons, and gives a visible notice once', async () => {
    const damaged = { version: 2, defaults: { account: 'corporate', role: 'civil-servant', restricted: false }, accounts: {}, houseRules: [leaks, { id: 'broken', kind: 'pattern' }] };
    const local = memoryArea({ [SETTINGS_KEY]: damaged });
    const store = new SettingsStore({ local, now });
    const first = await store.load();
    expect(first.settings.houseRules).toEqual([leaks]);
    expect(first.notices).toHaveLength(1);
    expect(first.notices[0]).toMatch(/^Some settings could not be read and were set aside .*rule 2 "broken", field "message": is required/);
    expect(await store.quarantined()).toEqual([
      { at: '2026-03-02T10:00:00.000Z', from: 'local', reasons: expect.arrayContaining([expect.stringContaining('"broken"')]), raw: damaged },
    ]);
    // The readable part was saved back: the next load is clean and the quarantine is not doubled.
    expect(await store.load()).toEqual({ settings: first.settings, notices: [] });
    expect(await store.quarantined()).toHaveLength(1);
  });

  it('quarantines a value that is not settings at all', async () => {
    const local = memoryArea({ [SETTINGS_KEY]: 'garbage' });
    const store = new SettingsStore({ local, now });
    const { settings, notices } = await store.load();
    expect(settings).toEqual(defaultSettings());
    expect(notices[0]).toMatch(/settings: not an object/);
    expect((await store.quarantined())[0]?.raw).toBe('garbage');
  });

  it('mirrors to sync while the settings fit the per-item quota, and stays local-only when they do not', async () => {
    const local = memoryArea();
    const sync = memoryArea();
    const store = new SettingsStore({ local, sync, now });
    const small = defaultSettings();
    expect(await store.save(small)).toEqual({ synced: true });
    expect(sync.data[SETTINGS_KEY]).toEqual(small);
    const big: Settings = { ...defaultSettings(), houseRules: [{ ...leaks, phrases: Array.from({ length: 400 }, (_, i) => `phrase number ${i} to avoid`) }] };
    expect(fitsSyncQuota(SETTINGS_KEY, big)).toBe(false);
    expect(await store.save(big)).toEqual({ synced: false });
    expect(local.data[SETTINGS_KEY]).toEqual(big);
    expect(sync.data[SETTINGS_KEY]).toBeUndefined();
  });

  it('starts a new machine from the synced copy, and adopts changes from another machine', async () => {
    const synced = { ...defaultSettings(), defaults: { account: 'corporate', role: 'civil-servant', restricted: true } };
    const local = memoryArea();
    const sync = memoryArea({ [SETTINGS_KEY]: synced });
    const store = new SettingsStore({ local, sync, now });
    expect((await store.load()).settings).toEqual(synced);
    expect(local.data[SETTINGS_KEY]).toEqual(synced);
    // Our own mirror coming back is not a change...
    expect(await store.adoptFromSync(synced)).toBe(false);
    // ...another machine's edit is; a damaged one is quarantined instead.
    const edited = { ...synced, signOff: { required: true } };
    expect(await store.adoptFromSync(edited)).toBe(true);
    expect(local.data[SETTINGS_KEY]).toEqual(edited);
    expect(await store.adoptFromSync({ version: 'x' })).toBe(false);
    expect(local.data[SETTINGS_KEY]).toEqual(edited);
    expect((await store.quarantined()).map((entry) => entry.from)).toEqual(['sync']);
  });

  it('exports everything, quarantine included, and imports it back', async () => {
    const settings: Settings = { ...defaultSettings(), houseRules: [leaks], electionPeriods: [{ name: 'May', start: '2026-03-23', end: '2026-05-07' }] };
    const file = exportSettings(settings, [{ at: 'then', from: 'local', reasons: ['x'], raw: 5 }]);
    expect(JSON.parse(file).quarantine).toHaveLength(1);
    expect(importSettings(file)).toEqual({ settings, problems: [] });
    expect(importSettings('{"settings": ').problems[0]).toMatch(/^The file is not valid JSON/);
    expect(importSettings('[1]')).toEqual({ problems: ['The file does not hold settings (expected a JSON object).'] });
    const partial = importSettings(JSON.stringify({ version: 2, defaults: { account: 'corporate', role: 'civil-servant', restricted: false }, accounts: {}, electionPeriods: 'soon' }));
    expect(partial.settings?.defaults.account).toBe('corporate');
    expect(partial.problems).toEqual(['electionPeriods: not a list']);
  });
});
