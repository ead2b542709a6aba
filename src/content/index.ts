// Content script entry, injected by the manifest on the six built-in sites and registered by the
// worker on sites the user enabled. It starts one ContentRuntime for the page, and answers the
// popup's status question. The engine is not here: checks run in the service worker.
import { mountOverlay } from '../overlay/index';
import { POLICY_COPY_KEY, SETTINGS_KEY } from '../shared/settings';
import { adapterFor } from '../sites/index';
import { extensionAlive, extensionApi, type ContentExtensionApi } from './extension-api';
import { ContentRuntime } from './runtime';
import { WorkerClient } from './worker-client';

declare global {
  // The isolated world is shared by every injection of this extension into the page: the popup's
  // "Enable on this site" may inject again where a registered script already runs.
  var __senseCheckRuntime: ContentRuntime | undefined;
}

function start(api: ContentExtensionApi): void {
  if (globalThis.__senseCheckRuntime && !globalThis.__senseCheckRuntime.stopped) return;
  const client = new WorkerClient((message) => api.runtime.sendMessage(message), extensionAlive);
  const statusListener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => {
    if (sender.id !== api.runtime.id || (message as { type?: unknown } | null)?.type !== 'status') return undefined;
    sendResponse(runtime.status());
    return false;
  };
  const settingsListener = (changes: Record<string, unknown>, area: string) => {
    // The organisation's policy (managed storage) changes who is posting and which rules run, too;
    // so does the worker's copy of it, replaced when the live policy turns out to differ.
    if ((area === 'local' && (SETTINGS_KEY in changes || POLICY_COPY_KEY in changes)) || area === 'managed') runtime.recheckAll();
  };
  const runtime = new ContentRuntime({
    window,
    adapter: adapterFor(location, document),
    client,
    mountOverlay,
    alive: extensionAlive,
    onTeardown: () => {
      try {
        api.runtime.onMessage.removeListener(statusListener);
        api.storage.onChanged.removeListener(settingsListener);
      } catch {
        // The context is gone; its listeners went with it.
      }
    },
  });
  globalThis.__senseCheckRuntime = runtime;
  api.runtime.onMessage.addListener(statusListener);
  api.storage.onChanged.addListener(settingsListener);
  runtime.start();
}

const api = extensionApi();
if (api && extensionAlive()) start(api);
