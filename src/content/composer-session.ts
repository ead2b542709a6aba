// One compose box on the page: reads its text on every input, asks the worker to check it, and
// shows the answer (overlay badge and panel, highlights). Stale answers are dropped by revision;
// while a check is in flight or being retried the last good findings stay on screen. Nothing here
// takes focus while the user types: only Apply and "Edit post" (the user's own clicks) focus the editor.
import type { Draft, Finding, PostKind, Profile } from '../engine/types';
import type { FaceCheckAnswer, FaceCheckRequest, OverlayHandle, MountOptions } from '../overlay/overlay-api';
import { localIsoTime } from '../shared/protocol';
import type { ClickMeaning, Composer, SiteAdapter } from '../sites/types';
import { platformOf } from '../sites/index';
import type { EditorText } from '../sites/editor-text';
import { applySuggestion } from './apply-suggestion';
import { restoreCaret, saveCaret, type SavedCaret } from './caret-memory';
import { findingsThatStopSend } from './gate-policy';
import { clearHighlights, setHighlights, type HighlightLevel } from './highlights';
import { TextareaMirror, type MirrorSpan } from './textarea-mirror';
import { ExtensionGone, type WorkerClient } from './worker-client';

/** Typing faster than this batches into one check; the first keystroke after a pause checks at once. */
export const CHECK_DEBOUNCE_MS = 50;

export interface SessionContext {
  adapter: SiteAdapter;
  client: WorkerClient;
  handle(): string | undefined;
  mountOverlay(options: MountOptions): OverlayHandle;
  /** The extension was updated or removed: the runtime tears everything down. */
  onExtensionGone(): void;
  now?: () => Date;
}

export interface CheckedState {
  revision: number;
  /** The draft text the findings index into, and the kind/quoted text it was checked as. */
  text: string;
  draftKey: string;
  findings: Finding[];
  profile?: Profile;
  profileLabel: string;
  /** From the worker: this post needs a sign-off name if any warning is raised. */
  signOffRequired?: boolean;  /** From the worker: the rules' findings only, the full answer being on its way (see protocol.ts). */
  partial?: boolean;
}

export type SendVerdict =
  | { state: 'clean' }
  | { state: 'stop'; findings: Finding[]; checked: CheckedState }
  | { state: 'unknown' };

function isTextField(element: HTMLElement): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

export class ComposerSession {
  readonly editor: HTMLElement;
  composer: Composer;
  readonly #context: SessionContext;
  readonly #opener: ClickMeaning | undefined;
  readonly #overlay: OverlayHandle;
  readonly #mirror: TextareaMirror | undefined;
  #revision = 0;
  #latest: CheckedState | undefined;
  #pending = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastCheckAt = 0;
  #waiters: Array<() => void> = [];
  readonly #dismissed = new Set<string>();
  #caret: SavedCaret | undefined;
  #destroyed = false;

  constructor(context: SessionContext, composer: Composer, opener?: ClickMeaning) {
    this.#context = context;
    this.composer = composer;
    this.editor = composer.editor;
    this.#opener = opener && (opener.kind === 'reply' || opener.kind === 'quote') ? opener : undefined;
    this.#overlay = context.mountOverlay({
      anchor: this.editor,
      actions: {
        apply: (finding) => this.#apply(finding),
        dismiss: (finding) => this.#dismiss(finding),
        reportWrong: (finding) => this.#reportWrong(finding),
        returnToEditor: () => this.returnToEditor(),
      },
    });
    this.#mirror = isTextField(this.editor) ? new TextareaMirror(this.editor) : undefined;
    this.editor.addEventListener('input', this.#onInput);
    this.editor.addEventListener('focusout', this.#rememberCaret);
    if (this.readText().text.trim() !== '') this.checkNow();
  }

  get overlay(): OverlayHandle {
    return this.#overlay;
  }

  get kind(): PostKind {
    if (this.composer.kind !== 'post') return this.composer.kind;
    return this.#opener?.kind === 'reply' || this.#opener?.kind === 'quote' ? this.#opener.kind : 'post';
  }

  get quoted(): string | undefined {
    return this.composer.quotedText ?? this.#opener?.quotedText;
  }

  get latest(): CheckedState | undefined {
    return this.#latest;
  }

  get site(): string {
    return this.#context.adapter.id;
  }

  handle(): string | undefined {
    return this.#context.handle();
  }

  readText(): EditorText {
    return this.#context.adapter.readText(this.editor);
  }

  /** The composer as found by the latest scan; a change of kind (a reply indicator appeared) re-checks. */
  refresh(composer: Composer): void {
    const before = this.#draftKey();
    this.composer = composer;
    if (this.#draftKey() !== before && this.#latest) {
      this.scheduleCheck();
      return;
    }
    // Sites change the text without an input event: clearing the box after a post, a React
    // textarea reset, a draft restored. The DOM mutation that brought us here is the only sign.
    if (!this.#pending && this.#timer === undefined && this.readText().text !== (this.#latest?.text ?? '')) this.scheduleCheck();
  }

  /** What the adapter says the draft is, besides its text: a change means the old findings are stale. */
  #draftKey(): string {
    const thread = this.composer.thread;
    return JSON.stringify([this.kind, this.quoted ?? '', thread?.index ?? -1, thread?.count ?? 0]);
  }

  buildDraft(text: string): Draft {
    const draft: Draft = {
      text,
      platform: platformOf(this.#context.adapter, this.editor),
      kind: this.kind,
      postedAt: localIsoTime(this.#context.now?.() ?? new Date()),
    };
    const quoted = this.quoted;
    if (quoted) draft.quoted = quoted;
    if (this.composer.thread) draft.thread = { ...this.composer.thread };
    return draft;
  }

  readonly #onInput = () => this.scheduleCheck();

  readonly #rememberCaret = () => {
    this.#caret = saveCaret(this.editor) ?? this.#caret;
  };

  /** Leading and trailing debounce: check at once after a pause, then at most every CHECK_DEBOUNCE_MS. */
  scheduleCheck(): void {
    if (this.#destroyed) return;
    if (this.#timer !== undefined) return;
    const since = Date.now() - this.#lastCheckAt;
    if (since >= CHECK_DEBOUNCE_MS) {
      this.checkNow();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.checkNow();
    }, CHECK_DEBOUNCE_MS - since);
  }

  /**
   * Checks the draft now. A follow-up (the full answer after a partial one) keeps the partial
   * findings on screen without the "checking" state, and is never followed up itself.
   */
  checkNow(followUp = false): void {
    if (this.#destroyed) return;
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    this.#lastCheckAt = Date.now();
    const text = this.readText().text;
    const draftKey = this.#draftKey();
    const revision = ++this.#revision;
    if (text.trim() === '') {
      // Nothing to check; the worker need not wake up.
      this.#accept({ revision, text, draftKey, findings: [], profileLabel: this.#latest?.profileLabel ?? '' });
      return;
    }
    if (!followUp) {
      this.#pending = true;
      this.render();
    }
    const handle = this.handle();
    this.#context.client
      .check({ type: 'check', revision, draft: this.buildDraft(text), site: this.site, ...(handle ? { handle } : {}) })
      .then((result) => {
        if (revision !== this.#revision) return; // a newer revision is on its way
        const partial = result.partial === true;
        this.#accept({ revision, text, draftKey, findings: result.findings, profile: result.profile, profileLabel: result.profileLabel, ...(result.signOffRequired ? { signOffRequired: true } : {}), ...(partial ? { partial: true } : {}) });
        // The worker had just started: ask again at once for the model's findings too.
        if (partial && !followUp) this.checkNow(true);
      })
      .catch((error: unknown) => {
        if (this.#destroyed) return;
        if (error instanceof ExtensionGone) {
          this.#context.onExtensionGone();
          return;
        }
        // Retries are spent: keep the last good findings; the next keystroke tries again.
        if (revision === this.#revision) {
          this.#pending = false;
          this.render();
          this.#release();
        }
      });
  }

  #accept(state: CheckedState): void {
    if (this.#destroyed) return;
    this.#latest = state;
    this.#pending = false;
    this.render();
    this.#release();
  }

  #release(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  /** The findings still shown: those the user dismissed for this very passage are gone. */
  visibleFindings(): Finding[] {
    const latest = this.#latest;
    if (!latest) return [];
    return latest.findings.filter((finding) => !this.#dismissed.has(dismissKey(finding, latest.text)));
  }

  render(): void {
    if (this.#destroyed) return;
    const latest = this.#latest;
    const findings = this.visibleFindings();
    this.#overlay.update({ text: latest?.text ?? '', findings, pending: this.#pending, profileLabel: latest?.profileLabel ?? '', ...(latest?.partial ? { partial: true } : {}) });
    this.#paintHighlights(findings);
  }

  #paintHighlights(findings: Finding[]): void {
    const latest = this.#latest;
    const current = this.readText();
    // Offsets only mean something for the text they were computed on; a newer check is coming.
    if (!latest || current.text !== latest.text) {
      if (!latest) this.#clearPaint();
      return;
    }
    const ranges: Record<HighlightLevel, Range[]> = { warning: [], serious: [] };
    const spans: MirrorSpan[] = [];
    for (const finding of findings) {
      if (finding.severity === 'info' || finding.end <= finding.start) continue;
      const located = current.locate(finding.start, finding.end);
      if (located?.type === 'range') ranges[finding.severity].push(located.range);
      else if (located?.type === 'textarea') spans.push({ start: located.start, end: located.end, level: finding.severity });
    }
    if (this.#mirror) this.#mirror.update(spans);
    else setHighlights(this.editor.ownerDocument, this, ranges);
  }

  #clearPaint(): void {
    if (this.#mirror) this.#mirror.update([]);
    else clearHighlights(this.editor.ownerDocument, this);
  }

  /** Is the latest answer about the text in the editor now? */
  isFresh(): boolean {
    // (A partial answer is never fresh enough to let a post through: the send gate waits for the full one.)
    return !this.#pending && this.#latest !== undefined && this.#latest.partial !== true && this.#latest.text === this.readText().text && this.#latest.draftKey === this.#draftKey();
  }

  /** At send: does what is in the editor now stop the send? 'unknown' while a check is due. */
  verdict(): SendVerdict {
    const latest = this.#latest;
    if (!latest || !this.isFresh()) return { state: 'unknown' };
    const findings = findingsThatStopSend(this.visibleFindings(), { signOff: latest.signOffRequired === true });
    return findings.length > 0 ? { state: 'stop', findings, checked: latest } : { state: 'clean' };
  }

  /** Checks now unless the latest answer is fresh, and waits until one is (or the timeout). */
  awaitFresh(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(finish, timeoutMs);
      // Woken by every answer (or spent retry): an answer for an older text means wait on.
      const step = () => {
        if (finished) return;
        if (this.#destroyed || this.isFresh()) {
          finish();
          return;
        }
        this.#waiters.push(step);
        if (!this.#pending) this.checkNow();
      };
      step();
    });
  }

  /** The face check, on this compose box's overlay; the caret is remembered for "Edit post". */
  faceCheck(request: FaceCheckRequest): Promise<FaceCheckAnswer> {
    this.#caret = saveCaret(this.editor) ?? this.#caret;
    return this.#overlay.faceCheck(request);
  }

  returnToEditor(): void {
    if (this.#destroyed || !this.editor.isConnected) return;
    restoreCaret(this.editor, this.#caret);
  }

  #apply(finding: Finding): void {
    const latest = this.#latest;
    if (!latest || finding.suggestion === undefined) return;
    const current = this.readText();
    // Only when the passage is still where the finding says it is.
    if (current.text.slice(finding.start, finding.end) !== latest.text.slice(finding.start, finding.end)) return;
    const located = current.locate(finding.start, finding.end);
    if (!located) return;
    applySuggestion(this.editor, located, finding.suggestion);
    this.#caret = saveCaret(this.editor);
    // The editor's own input event schedules a check; this covers editors that fire none.
    this.checkNow();
  }

  #dismiss(finding: Finding): void {
    const latest = this.#latest;
    if (!latest) return;
    this.#dismissed.add(dismissKey(finding, latest.text));
    this.render();
  }

  #reportWrong(finding: Finding): void {
    this.#context.client.notify({ type: 'report-wrong', rule: finding.rule }).catch((error: unknown) => {
      if (error instanceof ExtensionGone) this.#context.onExtensionGone();
    });
    this.#dismiss(finding);
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.editor.removeEventListener('input', this.#onInput);
    this.editor.removeEventListener('focusout', this.#rememberCaret);
    this.#clearPaint();
    this.#mirror?.destroy();
    this.#overlay.destroy();
    this.#release();
  }
}

/** A dismissal holds for this rule on this passage text, wherever the passage moves. */
function dismissKey(finding: Finding, text: string): string {
  return `${finding.rule}\u0000${text.slice(finding.start, finding.end)}`;
}
