// The face check at send (DESIGN.md "One chance, no loops"). When the draft in a compose box holds
// a serious finding, or a warning aimed at a named target, the first click on its post button (or
// its keyboard shortcut) is stopped in the capture phase and the overlay asks "Would you say this
// to their face?". "Post anyway" performs the original send once, through a one-shot pass, and
// records an override (never the text); "Edit post" (or Escape) returns to the editor. A clean
// post is never stopped. Reposts and quotes of flagged content from a corporate account get the
// same question on the repost control.
import type { Finding, Platform, PostKind, Profile } from '../engine/types';
import { headlineFor } from '../overlay/headline';
import type { FaceCheckAnswer, FaceCheckRequest, MountOptions, OverlayHandle } from '../overlay/overlay-api';
import { isPostAnswer } from '../overlay/overlay-api';
import { localIsoTime, type CheckResult } from '../shared/protocol';
import { accountLabel } from '../shared/settings';
import type { ClickMeaning, SiteAdapter } from '../sites/types';
import type { ComposerSession } from './composer-session';
import { findingsThatStopSend, targetsOf } from './gate-policy';
import type { OpenerTracker } from './opener-tracker';
import { ExtensionGone, type WorkerClient } from './worker-client';

/** How long a send waits for a check that is still due before it decides (and, failing that, lets the post go). */
export const FRESH_CHECK_TIMEOUT_MS = 1500;

export interface GateContext {
  adapter: SiteAdapter;
  client: WorkerClient;
  openers: OpenerTracker;
  sessions(): Iterable<ComposerSession>;
  handle(): string | undefined;
  mountOverlay(options: MountOptions): OverlayHandle;
  onExtensionGone(): void;
  now?: () => Date;
  freshTimeoutMs?: number;
}

type Pass = { element: HTMLElement; until: number };

interface RepostCheck {
  result?: CheckResult;
  done: Promise<void>;
}

function isDisabled(button: HTMLElement): boolean {
  return button.getAttribute('aria-disabled') === 'true' || (button instanceof HTMLButtonElement && button.disabled);
}

function eventTarget(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export class SendGate {
  readonly #context: GateContext;
  #pass: Pass | undefined;
  /** A face check is open: further sends wait for its answer. */
  #asking = false;
  /** Per compose box: the draft (text and rules) the user already answered for, so a second send goes through. */
  readonly #answered = new WeakMap<object, string>();
  readonly #repostChecks = new Map<string, RepostCheck>();
  #repostRevision = 0;
  readonly #answeredReposts = new Set<string>();

  constructor(context: GateContext) {
    this.#context = context;
  }

  /** Capture-phase click anywhere in the page. */
  readonly onClick = (event: MouseEvent): void => {
    const target = eventTarget(event);
    if (!target) return;
    if (this.#consumePass(target)) return;
    for (const session of this.#context.sessions()) {
      const button = session.composer.postButton();
      if (!button || !button.contains(target)) continue;
      if (isDisabled(button)) return;
      this.#gate(event, session, () => this.#clickWithPass(session.composer.postButton() ?? button));
      return;
    }
    const classified = this.#context.adapter.classifyClick?.(target);
    if (!classified) return;
    const meaning = this.#context.openers.record(classified);
    if (meaning.kind === 'repost-menu' && meaning.quotedText) this.#precheckRepost(meaning.quotedText);
    else if (meaning.kind === 'repost') this.#gateRepost(event, target, meaning);
  };

  /** Capture-phase pointerdown: start checking what a repost control would repost before its click lands. */
  readonly onPointerDown = (event: PointerEvent): void => {
    const target = eventTarget(event);
    const meaning = target ? this.#context.adapter.classifyClick?.(target) : undefined;
    const quoted = meaning?.kind === 'repost' || meaning?.kind === 'repost-menu' ? this.#repostText(meaning) : undefined;
    if (quoted) this.#precheckRepost(quoted);
  };

  /** Capture-phase keydown: the site's send shortcut inside a compose box. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = eventTarget(event);
    if (!target) return;
    if (this.#consumePass(target)) return;
    for (const session of this.#context.sessions()) {
      if (!session.editor.contains(target)) continue;
      const shortcut = session.composer.shortcut;
      const modifier = event.ctrlKey || event.metaKey;
      const matches =
        (shortcut === 'mod+enter' && modifier && !event.altKey) ||
        (shortcut === 'enter' && !modifier && !event.shiftKey && !event.altKey);
      if (!matches) return;
      const { ctrlKey, metaKey } = event;
      this.#gate(event, session, () => {
        const button = session.composer.postButton();
        if (button) this.#clickWithPass(button);
        else this.#keyWithPass(session.editor, { ctrlKey, metaKey });
      });
      return;
    }
  };

  #consumePass(target: Element): boolean {
    const pass = this.#pass;
    if (!pass || !pass.element.contains(target)) return false;
    this.#pass = undefined;
    return Date.now() <= pass.until;
  }

  #clickWithPass(button: HTMLElement): void {
    if (!button.isConnected) return;
    this.#pass = { element: button, until: Date.now() + 1000 };
    // HTMLElement.click() dispatches a bubbling, composed MouseEvent: React and plain listeners on a
    // <button> or a div[role=button] (Facebook, Threads) see an ordinary click.
    button.click();
    this.#pass = undefined;
  }

  #keyWithPass(editor: HTMLElement, modifiers: { ctrlKey: boolean; metaKey: boolean }): void {
    if (!editor.isConnected) return;
    this.#pass = { element: editor, until: Date.now() + 1000 };
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true, ...modifiers }));
    this.#pass = undefined;
  }

  #gate(event: Event, session: ComposerSession, send: () => void): void {
    if (this.#asking) {
      stop(event);
      return;
    }
    const verdict = session.verdict();
    if (verdict.state === 'clean') return;
    if (verdict.state === 'stop' && this.#alreadyAnswered(session, verdict.findings, verdict.checked.text)) {
      this.#recordOverride(session.site, session.kind, verdict.findings);
      return;
    }
    stop(event);
    if (verdict.state === 'stop') {
      void this.#ask(session, verdict.findings, verdict.checked.text, verdict.checked.profile, send, verdict.checked.signOffRequired === true);
      return;
    }
    // The answer for this text is not in yet: wait for it briefly, then decide. If the worker
    // cannot answer, the post goes: a broken checker must never keep anyone from posting.
    this.#asking = true;
    void session.awaitFresh(this.#context.freshTimeoutMs ?? FRESH_CHECK_TIMEOUT_MS).then(() => {
      this.#asking = false;
      const next = session.verdict();
      if (next.state === 'stop' && !this.#alreadyAnswered(session, next.findings, next.checked.text)) {
        void this.#ask(session, next.findings, next.checked.text, next.checked.profile, send, next.checked.signOffRequired === true);
      } else {
        if (next.state === 'stop') this.#recordOverride(session.site, session.kind, next.findings);
        send();
      }
    });
  }

  #answerKey(findings: Finding[], text: string): string {
    return JSON.stringify([text, findings.map((finding) => finding.rule)]);
  }

  #alreadyAnswered(session: ComposerSession, findings: Finding[], text: string): boolean {
    return this.#answered.get(session) === this.#answerKey(findings, text);
  }

  async #ask(session: ComposerSession, findings: Finding[], text: string, profile: Profile | undefined, send: () => void, askSignOff = false): Promise<void> {
    this.#asking = true;
    let answer: FaceCheckAnswer;
    try {
      const request = this.#request(session.site, session.handle(), text, findings, profile, session.buildDraft(text).platform);
      if (askSignOff) request.askSignOff = true;
      answer = await session.faceCheck(request);
    } finally {
      this.#asking = false;
    }
    // One question per draft: whatever the answer, the next send of this same draft goes through.
    this.#answered.set(session, this.#answerKey(findings, text));
    if (isPostAnswer(answer)) {
      this.#recordOverride(session.site, session.kind, findings, typeof answer === 'object' ? answer.signedOffBy : undefined);
      send();
    }
  }

  #request(site: string, handle: string | undefined, text: string, findings: Finding[], profile: Profile | undefined, platform: Platform): FaceCheckRequest {
    const now = this.#context.now?.() ?? new Date();
    const headline = profile ? headlineFor({ profile, platform, findings, postedAt: localIsoTime(now), text }) : '';
    const request: FaceCheckRequest = {
      text,
      findings,
      targets: targetsOf(findings),
      headline,
      site,
      accountLabel: profile ? accountLabel(profile) : '',
    };
    if (handle) request.handle = handle;
    return request;
  }

  #recordOverride(site: string, kind: PostKind, findings: Finding[], signedOffBy?: string): void {
    const handle = this.#context.handle();
    const rules = [...new Set(findings.map((finding) => finding.rule))];
    this.#context.client
      .notify({ type: 'record-override', site, kind, rules, ...(handle ? { handle } : {}), ...(signedOffBy ? { signedOffBy } : {}) })
      .catch((error: unknown) => {
        if (error instanceof ExtensionGone) this.#context.onExtensionGone();
      });
  }

  // ---- Reposts (no composer: the text is someone else's post) ----

  #repostText(meaning: ClickMeaning): string | undefined {
    return this.#context.openers.quotedTextFor(meaning);
  }

  #precheckRepost(quotedText: string): RepostCheck {
    const existing = this.#repostChecks.get(quotedText);
    if (existing) return existing;
    const handle = this.#context.handle();
    const revision = ++this.#repostRevision;
    const entry: RepostCheck = { done: Promise.resolve() };
    entry.done = this.#context.client
      .check({
        type: 'check',
        revision,
        site: this.#context.adapter.id,
        draft: {
          text: '',
          platform: this.#context.adapter.platform,
          kind: 'repost',
          quoted: quotedText,
          postedAt: localIsoTime(this.#context.now?.() ?? new Date()),
        },
        ...(handle ? { handle } : {}),
      })
      .then((result) => {
        entry.result = result;
      })
      .catch((error: unknown) => {
        this.#repostChecks.delete(quotedText); // try again on the next click
        if (error instanceof ExtensionGone) this.#context.onExtensionGone();
      });
    this.#repostChecks.set(quotedText, entry);
    if (this.#repostChecks.size > 50) this.#repostChecks.delete(this.#repostChecks.keys().next().value as string);
    return entry;
  }

  /** Only a corporate account's repost of content that would stop its own post is questioned. */
  #repostStoppers(result: CheckResult | undefined): Finding[] {
    if (!result || result.profile.account !== 'corporate') return [];
    return findingsThatStopSend(result.findings);
  }

  #gateRepost(event: MouseEvent, target: Element, meaning: ClickMeaning): void {
    const quoted = this.#repostText(meaning);
    if (!quoted || this.#answeredReposts.has(quoted)) return;
    if (this.#asking) {
      stop(event);
      return;
    }
    const control = (target.closest('button, [role="button"], [role="menuitem"], a') ?? target) as HTMLElement;
    const check = this.#precheckRepost(quoted);
    const send = () => this.#clickWithPass(control);
    if (check.result) {
      const stoppers = this.#repostStoppers(check.result);
      if (stoppers.length === 0) return;
      stop(event);
      void this.#askRepost(control, quoted, stoppers, check.result.profile, send);
      return;
    }
    stop(event);
    this.#asking = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, this.#context.freshTimeoutMs ?? FRESH_CHECK_TIMEOUT_MS));
    void Promise.race([check.done, timeout]).then(() => {
      this.#asking = false;
      const stoppers = this.#repostStoppers(check.result);
      if (stoppers.length > 0 && check.result) void this.#askRepost(control, quoted, stoppers, check.result.profile, send);
      else send();
    });
  }

  async #askRepost(control: HTMLElement, quoted: string, findings: Finding[], profile: Profile, send: () => void): Promise<void> {
    this.#asking = true;
    const overlay = this.#context.mountOverlay({
      anchor: control,
      actions: { apply: () => {}, dismiss: () => {}, reportWrong: () => {}, returnToEditor: () => control.isConnected && control.focus() },
    });
    let answer: FaceCheckAnswer;
    try {
      answer = await overlay.faceCheck(
        this.#request(this.#context.adapter.id, this.#context.handle(), quoted, findings, profile, this.#context.adapter.platform),
      );
    } finally {
      overlay.destroy();
      this.#asking = false;
    }
    this.#answeredReposts.add(quoted);
    if (isPostAnswer(answer)) {
      this.#recordOverride(this.#context.adapter.id, 'repost', findings);
      send();
    }
  }
}
