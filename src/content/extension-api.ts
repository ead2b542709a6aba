// The few extension APIs the content script uses, straight from the browser: `browser` (Firefox)
// or `chrome` (Chrome MV3, whose runtime.sendMessage returns a promise). The content script skips
// webextension-polyfill to stay small; the worker and popup use it.

export interface MessageSenderLike {
  id?: string;
}

type MessageListener = (message: unknown, sender: MessageSenderLike, sendResponse: (response: unknown) => void) => boolean | undefined | void;
type StorageListener = (changes: Record<string, unknown>, area: string) => void;

export interface ContentExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
  };
  storage: {
    onChanged: { addListener(listener: StorageListener): void; removeListener(listener: StorageListener): void };
  };
}

export function extensionApi(): ContentExtensionApi | undefined {
  const scope = globalThis as { browser?: ContentExtensionApi; chrome?: ContentExtensionApi };
  try {
    return scope.browser?.runtime ? scope.browser : scope.chrome?.runtime ? scope.chrome : undefined;
  } catch {
    return undefined;
  }
}

/** false once the extension was updated, reloaded or removed under this page. */
export function extensionAlive(): boolean {
  try {
    return Boolean(extensionApi()?.runtime?.id);
  } catch {
    return false;
  }
}
