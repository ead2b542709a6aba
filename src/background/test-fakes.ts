// Test-only fakes for the worker's unit tests (imported by *.test.ts files, never by the build).
import type { HouseRule } from '../house-rules/schema';

/** An organisation's house rule: housing-benefit case references ("HB-123456") stay out of posts. */
export const CASE_NUMBERS_RULE: HouseRule = {
  id: 'no-case-numbers',
  kind: 'pattern',
  message: 'Case references (%s) stay out of posts.',
  category: 'personal-data',
  severity: 'serious',
  pattern: '\\bHB-\\d{6}\\b',
};

/** A user's house rule: plain English for "utilise". */
export const PLAIN_ENGLISH_RULE: HouseRule = {
  id: 'plain-english',
  kind: 'substitution',
  message: "Use '%s' instead of '%s'.",
  category: 'tone',
  severity: 'info',
  swap: { utilise: 'use' },
};

/** An in-memory stand-in for chrome.storage.local: values are cloned in and out, as the real one does. */
export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => {
      Object.assign(data, structuredClone(items));
    },
  };
}
