// The content script's life on one page: pick the site adapter, watch the DOM with one
// MutationObserver (batched to one scan per animation frame), keep a ComposerSession per compose
// box while it is in the DOM, gate the sends, and answer the popup. When the extension context is
// invalidated (update, reload, removal) everything is removed cleanly; the draft is never touched.
import type { MountOptions, OverlayHandle } from '../overlay/overlay-api';
import type { StatusReply } from '../shared/protocol';
import type { Composer, SiteAdapter } from '../sites/types';
import { ComposerSession } from './composer-session';
import { OpenerTracker } from './opener-tracker';
import { SendGate } from './send-gate';
import type { WorkerClient } from './worker-client';

export interface RuntimeOptions {
  window: Window;
  adapter: SiteAdapter;
  client: WorkerClient;
  mountOverlay(options: MountOptions): OverlayHandle;
  /** Called once after teardown because the extension went away. */
  onTeardown?(): void;
  /** false once the extension context is invalidated; checked on every scan. */
  alive?(): boolean;
  freshTimeoutMs?: number;
}

/** Scans run at most this often when animation frames do not fire (a hidden tab). */
const SCAN_FALLBACK_MS = 250;

export class ContentRuntime {
  readonly adapter: SiteAdapter;
  readonly #options: RuntimeOptions;
  readonly #window: Window;
  readonly #sessions = new Map<HTMLElement, ComposerSession>();
  readonly #observers = new Map<Document, MutationObserver>();
  readonly #openers = new OpenerTracker();
  readonly #gate: SendGate;
  #scanQueued = false;
  #stopped = false;
  #handleCache: { value: string | undefined; at: number } | undefined;

  constructor(options: RuntimeOptions) {
    this.#options = options;
    this.#window = options.window;
    this.adapter = options.adapter;
    this.#gate = new SendGate({
      adapter: this.adapter,
      client: options.client,
      openers: this.#openers,
      sessions: () => this.#sessions.values(),
      handle: () => this.handle(),
      mountOverlay: options.mountOverlay,
      onExtensionGone: () => this.stop(true),
      ...(options.freshTimeoutMs !== undefined ? { freshTimeoutMs: options.freshTimeoutMs } : {}),
    });
  }

  get sessions(): ComposerSession[] {
    return [...this.#sessions.values()];
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  start(): void {
    this.#window.addEventListener('click', this.#gate.onClick, true);
    this.#window.addEventListener('keydown', this.#gate.onKeyDown, true);
    this.#window.addEventListener('pointerdown', this.#gate.onPointerDown, true);
    // load does not bubble, but capture sees it: an editor iframe (WordPress' canvas) finished loading.
    this.#window.addEventListener('load', this.#queueScan, true);
    this.#observe(this.#window.document);
    this.scan();
  }

  /** The logged-in handle; read at most once a second (some adapters parse page state to find it). */
  handle(): string | undefined {
    const now = Date.now();
    if (!this.#handleCache || now - this.#handleCache.at > 1000) {
      let value: string | undefined;
      try {
        value = this.adapter.handle(this.#window.document);
      } catch {
        value = undefined;
      }
      this.#handleCache = { value, at: now };
    }
    return this.#handleCache.value;
  }

  #observe(document: Document): void {
    if (this.#observers.has(document)) return;
    const observer = new MutationObserver(this.#queueScan);
    observer.observe(document, { childList: true, subtree: true });
    this.#observers.set(document, observer);
  }

  readonly #queueScan = () => {
    if (this.#scanQueued || this.#stopped) return;
    this.#scanQueued = true;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      this.#scanQueued = false;
      this.scan();
    };
    const fallback = setTimeout(run, SCAN_FALLBACK_MS);
    this.#window.requestAnimationFrame?.(run);
  };

  /** Finds the compose boxes now in the page: new ones get a session, gone ones lose theirs. */
  scan(): void {
    if (this.#stopped) return;
    if (this.#options.alive && !this.#options.alive()) {
      this.stop(true);
      return;
    }
    const document = this.#window.document;
    let composers: Composer[];
    try {
      const extra = this.adapter.extraDocuments?.(document) ?? [];
      for (const other of extra) this.#observe(other);
      composers = this.adapter.findComposers(document);
    } catch (error) {
      // A redesign broke an adapter: do nothing on this page rather than break it.
      console.debug('Sense Check: could not read this page', error);
      composers = [];
    }
    const seen = new Set<HTMLElement>();
    for (const composer of composers) {
      if (!composer.editor.isConnected || seen.has(composer.editor)) continue;
      seen.add(composer.editor);
      const existing = this.#sessions.get(composer.editor);
      if (existing) {
        try {
          existing.refresh(composer);
        } catch (error) {
          console.debug('Sense Check: could not read a compose box', error);
        }
        continue;
      }
      try {
        const session = new ComposerSession(
          {
            adapter: this.adapter,
            client: this.#options.client,
            handle: () => this.handle(),
            mountOverlay: this.#options.mountOverlay,
            onExtensionGone: () => this.stop(true),
          },
          composer,
          this.#openers.takeOpener(),
        );
        this.#sessions.set(composer.editor, session);
      } catch (error) {
        console.debug('Sense Check: could not attach to a compose box', error);
      }
    }
    for (const [editor, session] of this.#sessions) {
      if (!seen.has(editor) || !editor.isConnected) {
        session.destroy();
        this.#sessions.delete(editor);
      }
    }
  }

  /** The profiles changed (popup): every compose box is checked again under the new profile. */
  recheckAll(): void {
    for (const session of this.#sessions.values()) session.checkNow();
  }

  /** For the popup. */
  status(): StatusReply {
    const counts = { info: 0, warning: 0, serious: 0 };
    let profileLabel: string | undefined;
    for (const session of this.#sessions.values()) {
      for (const finding of session.visibleFindings()) counts[finding.severity]++;
      profileLabel ??= session.latest?.profileLabel || undefined;
    }
    const handle = this.handle();
    return {
      type: 'status',
      site: this.adapter.id,
      composers: this.#sessions.size,
      counts,
      ...(handle ? { handle } : {}),
      ...(profileLabel ? { profileLabel } : {}),
    };
  }

  /** Removes every overlay, highlight and listener. `extensionGone`: the extension was updated or removed. */
  stop(extensionGone = false): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#window.removeEventListener('click', this.#gate.onClick, true);
    this.#window.removeEventListener('keydown', this.#gate.onKeyDown, true);
    this.#window.removeEventListener('pointerdown', this.#gate.onPointerDown, true);
    this.#window.removeEventListener('load', this.#queueScan, true);
    for (const observer of this.#observers.values()) observer.disconnect();
    this.#observers.clear();
    for (const session of this.#sessions.values()) session.destroy();
    this.#sessions.clear();
    if (extensionGone) this.#options.onTeardown?.();
  }
}
