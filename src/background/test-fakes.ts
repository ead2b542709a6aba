// Test-only fakes for the worker's unit tests (imported by *.test.ts files, never by the build).

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
