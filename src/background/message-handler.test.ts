import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import { FeedbackLog, OVERRIDES_KEY, WRONG_REPORTS_KEY } from './feedback-log';
import { handleMessage, type HandlerDeps } from './message-handler';
import { SettingsCache } from './settings-cache';
import { SETTINGS_KEY, accountKey, defaultSettings } from '../shared/settings';
import { memoryStorage } from './test-fakes';


const ID = 'abcdefghijklmnopabcdefghijklmnop';

function deps(initial: Record<string, unknown> = {}): HandlerDeps & { storage: ReturnType<typeof memoryStorage> } {
  const storage = memoryStorage(initial);
  return {
    storage,
    extensionId: ID,
    settings: new SettingsCache(storage),
    feedback: new FeedbackLog(storage),
    now: () => new Date('2026-03-02T10:00:00Z'),
  };
}

const checkRequest = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'check',
  revision: 7,
  site: 'x',
  handle: '@jdoe',
  draft: { text, platform: 'x', kind: 'post', postedAt: '2026-03-02T10:00:00' },
  ...extra,
});

describe('the worker message handler', () => {
  it('answers a check for the same revision, under the default profile when the account has none', async () => {
    const reply = await handleMessage(checkRequest('Vote Labour on Thursday! #ToriesOut'), { id: ID }, deps());
    expect(reply).toMatchObject({ type: 'result', revision: 7, profile: { account: 'personal', role: 'local-gov-officer', restricted: false, electionPeriod: false } });
    expect((reply as { profileLabel: string }).profileLabel).toBe('Personal account · council officer');
  });

  it('raises party politics for a corporate account', async () => {
    const settings = defaultSettings();
    settings.defaults = { account: 'corporate', role: 'civil-servant', restricted: false };
    const reply = await handleMessage(checkRequest('Vote Labour on Thursday! #ToriesOut'), { id: ID }, deps({ [SETTINGS_KEY]: settings }));
    const findings = (reply as { findings: Finding[] }).findings;
    expect(findings.some((finding) => finding.category === 'party-political' && finding.severity !== 'info')).toBe(true);
  });

  it('uses the saved profile of the posting account', async () => {
    const settings = defaultSettings();
    settings.accounts[accountKey('x', '@JDoe')] = { account: 'corporate', role: 'civil-servant', restricted: false };
    const reply = await handleMessage(checkRequest('The strike called by the union is irresponsible and reckless.'), { id: ID }, deps({ [SETTINGS_KEY]: settings }));
    expect(reply).toMatchObject({ type: 'result', profile: { account: 'corporate', role: 'civil-servant' }, profileLabel: 'Corporate account · civil servant' });
    expect((reply as { findings: Finding[] }).findings.length).toBeGreaterThan(0);
  });

  it('finds nothing in a clean draft', async () => {
    const reply = await handleMessage(checkRequest('Bins will be collected as normal on Monday.'), { id: ID }, deps());
    expect((reply as { findings: Finding[] }).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('ignores other senders and malformed messages without throwing', () => {
    const d = deps();
    expect(handleMessage(checkRequest('Vote Labour'), { id: 'someone-else' }, d)).toBeUndefined();
    expect(handleMessage(checkRequest('Vote Labour'), {}, d)).toBeUndefined();
    for (const bad of [null, 42, 'check', {}, { type: 'check' }, checkRequest('x', { revision: -1 }), checkRequest('x', { draft: { text: 5 } }), { type: 'nope' }, checkRequest('x', { site: 'X Y' })]) {
      expect(handleMessage(bad, { id: ID }, d)).toBeUndefined();
    }
  });

  it('records an override without the text, and counts "this warning is wrong" per rule', async () => {
    const d = deps();
    await handleMessage({ type: 'record-override', site: 'x', handle: '@jdoe', kind: 'post', rules: ['partisan-content'] }, { id: ID }, d);
    await Promise.all([
      handleMessage({ type: 'report-wrong', rule: 'shouting' }, { id: ID }, d),
      handleMessage({ type: 'report-wrong', rule: 'shouting' }, { id: ID }, d),
      handleMessage({ type: 'report-wrong', rule: 'opponent-attack' }, { id: ID }, d),
    ]);
    expect(d.storage.data[OVERRIDES_KEY]).toEqual([
      { time: '2026-03-02T10:00:00.000Z', site: 'x', handle: '@jdoe', kind: 'post', rules: ['partisan-content'] },
    ]);
    expect(d.storage.data[WRONG_REPORTS_KEY]).toEqual({ shouting: 2, 'opponent-attack': 1 });
  });

  it('follows settings changes without reloading', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'get-profile', site: 'x', handle: '@jdoe' }, { id: ID }, d)).toMatchObject({ saved: false, profile: { account: 'personal' } });
    const settings = defaultSettings();
    settings.accounts[accountKey('x', '@jdoe')] = { account: 'corporate', role: 'local-gov-officer', restricted: true };
    d.settings.onStorageChanged({ [SETTINGS_KEY]: { newValue: settings } });
    expect(await handleMessage({ type: 'get-profile', site: 'x', handle: '@jdoe' }, { id: ID }, d)).toMatchObject({
      saved: true,
      profile: { account: 'corporate', restricted: true },
      profileLabel: 'Corporate account · council officer · politically restricted',
    });
  });
});

describe('the first check after a worker start', () => {
  function warmer(state: 'unloaded' | 'ready' | 'failed' = 'unloaded') {
    const calls = { warm: 0 };
    const model = { state: () => state, warm: () => void calls.warm++ } as { state(): 'unloaded' | 'ready' | 'failed'; warm(): void; partialGiven?: boolean };
    return { model, calls };
  }
  const seenProfiles: unknown[] = [];
  const spyCheck: HandlerDeps['runCheck'] = (draft, profile) => {
    seenProfiles.push(profile.ruleOverrides?.['learned-patterns']);
    return [];
  };

  it('is answered without the learned model, marked partial, and the model is warmed once', async () => {
    seenProfiles.length = 0;
    const { model, calls } = warmer();
    const d = { ...deps(), model, runCheck: spyCheck };
    const first = await handleMessage(checkRequest('Bins go out on Monday.'), { id: ID }, d);
    const second = await handleMessage(checkRequest('Bins go out on Monday.'), { id: ID }, d);
    expect((first as { partial?: boolean }).partial).toBe(true);
    expect((second as { partial?: boolean }).partial).toBeUndefined();
    expect(seenProfiles).toEqual([{ enabled: false }, undefined]);
    expect(calls.warm).toBe(1);
  });

  it('is answered in full when the model is ready, failed, or switched off', async () => {
    for (const state of ['ready', 'failed'] as const) {
      const { model, calls } = warmer(state);
      const reply = await handleMessage(checkRequest('Bins go out on Monday.'), { id: ID }, { ...deps(), model, runCheck: spyCheck });
      expect((reply as { partial?: boolean }).partial).toBeUndefined();
      expect(calls.warm).toBe(0);
    }
    const settings = defaultSettings();
    settings.ruleOverrides = { 'learned-patterns': { enabled: false } };
    const { model } = warmer();
    const reply = await handleMessage(checkRequest('Bins go out on Monday.'), { id: ID }, { ...deps({ [SETTINGS_KEY]: settings }), model, runCheck: spyCheck });
    expect((reply as { partial?: boolean }).partial).toBeUndefined();
  });
});
