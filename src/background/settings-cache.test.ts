// Managed storage answering late, as it does for a few seconds after the browser starts: checks go
// on under the copy of the last policy, and the live policy takes over as soon as it arrives.
import { describe, expect, it } from 'vitest';
import { POLICY_COPY_KEY, SETTINGS_KEY, defaultSettings } from '../shared/settings';
import { SettingsCache } from './settings-cache';
import { CASE_NUMBERS_RULE, PLAIN_ENGLISH_RULE, memoryStorage } from './test-fakes';

const caseNumbers = CASE_NUMBERS_RULE;
const plainEnglish = PLAIN_ENGLISH_RULE;

/** Managed storage that answers only when the test says so. */
function lateManaged() {
  let answer: (policy: Record<string, unknown>) => void = () => undefined;
  let reads = 0;
  const area = {
    get: () => {
      reads++;
      return new Promise<Record<string, unknown>>((resolve) => {
        answer = resolve;
      });
    },
  };
  return { area, answer: (policy: Record<string, unknown>) => answer(policy), reads: () => reads };
}

const houseRuleIds = async (cache: SettingsCache) => (await cache.effective()).locks.houseRules;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the settings cache when managed storage is slow to answer', () => {
  it('checks under the last copy of the policy after the wait, then under the live policy once it arrives', async () => {
    const local = memoryStorage({ [SETTINGS_KEY]: defaultSettings(), [POLICY_COPY_KEY]: { houseRules: [caseNumbers] } });
    const managed = lateManaged();
    const cache = new SettingsCache(local, { managed: managed.area, policyWaitMs: 5 });

    const started = Date.now();
    expect(await houseRuleIds(cache)).toEqual(['no-case-numbers']);
    expect(Date.now() - started).toBeLessThan(1_000);
    // The provisional answer is kept for the checks that follow, without another read.
    expect(await houseRuleIds(cache)).toEqual(['no-case-numbers']);
    expect(managed.reads()).toBe(1);

    managed.answer({ houseRules: [plainEnglish] });
    await settle();
    expect(await houseRuleIds(cache)).toEqual(['plain-english']);
    // The copy follows the live policy, so the content scripts check again (their storage listener).
    expect(local.data[POLICY_COPY_KEY]).toEqual({ houseRules: [plainEnglish] });
  });

  it('has no policy to fall back on at the first start, and takes the live one when it comes', async () => {
    const local = memoryStorage({ [SETTINGS_KEY]: defaultSettings() });
    const managed = lateManaged();
    const cache = new SettingsCache(local, { managed: managed.area, policyWaitMs: 5 });
    expect(await houseRuleIds(cache)).toEqual([]);
    managed.answer({ houseRules: [caseNumbers] });
    await settle();
    expect(await houseRuleIds(cache)).toEqual(['no-case-numbers']);
    expect(local.data[POLICY_COPY_KEY]).toEqual({ houseRules: [caseNumbers] });
  });

  it('uses the live policy without touching the copy when managed storage answers in time and nothing changed', async () => {
    const policy = { houseRules: [caseNumbers] };
    const local = memoryStorage({ [SETTINGS_KEY]: defaultSettings(), [POLICY_COPY_KEY]: policy });
    const writes: unknown[] = [];
    const watched = { ...local, set: async (items: Record<string, unknown>) => void writes.push(items) };
    const cache = new SettingsCache(watched, { managed: { get: async () => structuredClone(policy) }, policyWaitMs: 10_000 });
    expect(await houseRuleIds(cache)).toEqual(['no-case-numbers']);
    await settle();
    // No write: a write at every worker start would make every open composer check again.
    expect(writes).toEqual([]);
  });

  it('does not keep a result computed under the copy when the live policy arrived during the computation', async () => {
    const local = memoryStorage({ [SETTINGS_KEY]: defaultSettings(), [POLICY_COPY_KEY]: { houseRules: [caseNumbers] } });
    const managed = lateManaged();
    const cache = new SettingsCache(local, { managed: managed.area, policyWaitMs: 5 });
    const first = cache.effective();
    await new Promise((resolve) => setTimeout(resolve, 20));
    managed.answer({});
    await first;
    await settle();
    expect(await houseRuleIds(cache)).toEqual([]);
    expect(local.data[POLICY_COPY_KEY]).toEqual({});
  });
});
