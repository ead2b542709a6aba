// mountOverlay(): the overlay for one compose box (the extension brief, "The overlay API"). A
// <sense-check-root> host appended to document.body (never inside the editor or the site's React
// tree), a shadow root (closed in production, open in test builds so Playwright can read it), and a
// Preact tree rendered synchronously on every change. The overlay never moves focus on its own: only
// a user's action (opening the panel, the face check at send, Escape) does.
import { createRef, render } from 'preact';
import type { Finding } from '../engine/index';
import { followAnchor, followBadge } from './anchor-position';
import { Badge } from './badge';
import { FaceCheckDialog } from './face-check-dialog';
import { summarise } from './finding-summary';
import { FindingsPanel } from './findings-panel';
import type { FaceCheckAnswer, FaceCheckRequest, MountOptions, OverlayHandle, OverlayState } from './overlay-api';
import { HOST_STYLE, OVERLAY_CSS } from './overlay-styles';
import { defineSenseCheckRoot, HOST_TAG } from './sense-check-root';
import { createSeriousAnnouncer } from './serious-announcer';

export type { FaceCheckAnswer, FaceCheckRequest, MountOptions, OverlayActions, OverlayHandle, OverlayState } from './overlay-api';
export { headlineFor, type HeadlineInput } from './headline';
export { categoryLabel } from './category-labels';

interface OpenFaceCheck {
  request: FaceCheckRequest;
  promise: Promise<FaceCheckAnswer>;
  resolve(answer: FaceCheckAnswer): void;
  /** What had focus before the prompt (often the post button), given back after "Post anyway". */
  returnFocusTo: HTMLElement | null;
}

/** The element that really has focus, looking inside open shadow roots (the page's own included). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isOpenPanelShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's');
}

export function mountOverlay(options: MountOptions): OverlayHandle {
  const { anchor, actions } = options;
  const doc = options.document ?? anchor.ownerDocument;
  defineSenseCheckRoot(doc.defaultView);

  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: import.meta.env.MODE === 'test' ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const liveRegion = doc.createElement('div');
  liveRegion.className = 'visually-hidden';
  liveRegion.setAttribute('aria-live', 'polite');
  liveRegion.setAttribute('aria-atomic', 'true');
  liveRegion.dataset.part = 'announcer';
  const container = doc.createElement('div');
  container.className = 'sense-check';
  shadow.append(style, liveRegion, container);
  const attach = () => (doc.body ?? doc.documentElement).append(host);
  attach();

  const announcer = createSeriousAnnouncer(liveRegion);
  const badgeRef = createRef<HTMLButtonElement>();
  const panelRef = createRef<HTMLElement>();
  const dialogRef = createRef<HTMLDivElement>();
  const editRef = createRef<HTMLButtonElement>();

  let state: OverlayState = { text: '', findings: [], pending: false, profileLabel: '' };
  let panelOpen = false;
  let face: OpenFaceCheck | null = null;
  let destroyed = false;
  let stopFollowingAnchor: (() => void) | null = null;
  let stopFollowingBadge: (() => void) | null = null;

  const focusInsideOverlay = () => shadow.activeElement !== null;

  const setAnchorHidden = (hidden: boolean) => container.toggleAttribute('data-anchor-hidden', hidden);

  const onToggle = () => {
    if (panelOpen) closePanel(true);
    else openPanel();
  };

  const draw = () => {
    if (destroyed) return;
    const hasFindings = state.findings.length > 0;
    if (!hasFindings) panelOpen = false;
    render(
      <>
        {hasFindings && (
          <Badge
            summary={summarise(state.findings)}
            expanded={panelOpen}
            pending={state.pending}
            partial={state.partial === true}
            buttonRef={badgeRef}
            onToggle={onToggle}
            onEscape={() => actions.returnToEditor()}
          />
        )}
        {hasFindings && panelOpen && (
          <FindingsPanel
            text={state.text}
            findings={state.findings}
            profileLabel={state.profileLabel}
            pending={state.pending || state.partial === true}
            panelRef={panelRef}
            onClose={() => closePanel(true)}
            onApply={(finding) => actions.apply(finding)}
            onDismiss={(finding) => actions.dismiss(finding)}
            onWrong={(finding) => actions.reportWrong(finding)}
          />
        )}
        {face && <FaceCheckDialog request={face.request} dialogRef={dialogRef} editRef={editRef} onAnswer={answerFaceCheck} />}
      </>,
      container,
    );
    syncPositioning(hasFindings);
  };

  const syncPositioning = (hasFindings: boolean) => {
    if (hasFindings && !stopFollowingAnchor) stopFollowingAnchor = followAnchor(anchor, host, setAnchorHidden);
    if (!hasFindings && stopFollowingAnchor) {
      stopFollowingAnchor();
      stopFollowingAnchor = null;
    }
    const badge = badgeRef.current;
    const panel = panelRef.current;
    if (panelOpen && badge && panel && !stopFollowingBadge) stopFollowingBadge = followBadge(badge, panel);
    if (!panelOpen && stopFollowingBadge) {
      stopFollowingBadge();
      stopFollowingBadge = null;
    }
  };

  const firstRow = () => panelRef.current?.querySelector<HTMLElement>('[data-part="finding"]') ?? null;

  function openPanel() {
    if (state.findings.length === 0 || face) return;
    panelOpen = true;
    draw();
    firstRow()?.focus();
  }

  function closePanel(focusBadge: boolean) {
    if (!panelOpen) return;
    panelOpen = false;
    draw();
    if (focusBadge) badgeRef.current?.focus();
  }

  /** Which panel row holds focus, if any: where focus should land if that row goes away. */
  const focusedRowIndex = (): number | null => {
    const active = shadow.activeElement;
    if (!active) return null;
    const rows = [...(panelRef.current?.querySelectorAll('[data-part="finding"]') ?? [])];
    const index = rows.findIndex((row) => row.contains(active));
    return index < 0 ? 0 : index;
  };

  /**
   * Focus was inside the overlay and its element went away (the user dismissed that row, or the
   * findings changed under it): move it to the neighbouring row, the badge, or back to the editor,
   * never leave it lost on the page's body. Focus anywhere else is never touched.
   */
  const keepFocusAfterRender = (rowIndex: number | null) => {
    if (rowIndex === null || focusInsideOverlay()) return;
    const rows = panelRef.current?.querySelectorAll<HTMLElement>('[data-part="finding"]');
    const row = rows?.[Math.min(rowIndex, rows.length - 1)];
    if (row) row.focus();
    else if (badgeRef.current) badgeRef.current.focus();
    else actions.returnToEditor();
  };

  function answerFaceCheck(answer: FaceCheckAnswer) {
    const open = face;
    if (!open) return;
    face = null;
    doc.removeEventListener('focusin', keepFocusInDialog, true);
    doc.removeEventListener('keydown', escapeFromAnywhere, true);
    draw();
    open.resolve(answer);
    if (answer === 'edit') actions.returnToEditor();
    else if (open.returnFocusTo?.isConnected) open.returnFocusTo.focus();
  }

  /** A modal keeps focus: if anything on the page takes it (a click, the site's script), take it back. */
  function keepFocusInDialog(event: FocusEvent) {
    if (!face || event.composedPath().includes(host)) return;
    editRef.current?.focus();
  }

  /** Escape means edit even when focus has fallen to the page's body (nothing fires focusin for that). */
  function escapeFromAnywhere(event: KeyboardEvent) {
    if (!face || event.key !== 'Escape' || event.composedPath().includes(host)) return;
    event.preventDefault();
    event.stopPropagation();
    answerFaceCheck('edit');
  }

  const closePanelOnOutsidePointer = (event: Event) => {
    if (panelOpen && !event.composedPath().includes(host)) closePanel(false);
  };

  // The shortcut works only in this overlay's own editor, and only when there is something to show.
  const openPanelFromEditor = (event: KeyboardEvent) => {
    if (!isOpenPanelShortcut(event) || state.findings.length === 0 || face) return;
    event.preventDefault();
    event.stopPropagation();
    openPanel();
  };

  // Keys pressed inside the overlay are the overlay's: the site must not take Escape as "close the
  // composer" or a letter as one of its shortcuts.
  const keepKeysInside = (event: Event) => event.stopPropagation();

  doc.addEventListener('pointerdown', closePanelOnOutsidePointer, true);
  anchor.addEventListener('keydown', openPanelFromEditor);
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, keepKeysInside);

  return {
    host,

    update(next: OverlayState) {
      if (destroyed) return;
      // A site that rebuilds its <body> children takes the host with it: put it back.
      if (!host.isConnected) attach();
      const rowIndex = face ? null : focusedRowIndex();
      state = next;
      draw();
      keepFocusAfterRender(rowIndex);
      announcer.observe(next.text, next.findings);
    },

    faceCheck(request: FaceCheckRequest): Promise<FaceCheckAnswer> {
      if (face) return face.promise;
      if (destroyed) return Promise.resolve('edit');
      const active = deepActiveElement(doc);
      let resolve!: (answer: FaceCheckAnswer) => void;
      const promise = new Promise<FaceCheckAnswer>((done) => (resolve = done));
      face = {
        request,
        promise,
        resolve,
        returnFocusTo: active instanceof HTMLElement && active !== host ? active : null,
      };
      panelOpen = false;
      draw();
      doc.addEventListener('focusin', keepFocusInDialog, true);
      doc.addEventListener('keydown', escapeFromAnywhere, true);
      editRef.current?.focus();
      return promise;
    },

    destroy() {
      if (destroyed) return;
      // An unanswered prompt must not leave the RUNTIME waiting: not posting is the safe answer.
      const open = face;
      face = null;
      open?.resolve('edit');
      destroyed = true;
      announcer.stop();
      stopFollowingAnchor?.();
      stopFollowingBadge?.();
      stopFollowingAnchor = stopFollowingBadge = null;
      doc.removeEventListener('pointerdown', closePanelOnOutsidePointer, true);
      doc.removeEventListener('focusin', keepFocusInDialog, true);
      doc.removeEventListener('keydown', escapeFromAnywhere, true);
      anchor.removeEventListener('keydown', openPanelFromEditor);
      for (const type of ['keydown', 'keyup', 'keypress']) host.removeEventListener(type, keepKeysInside);
      render(null, container);
      host.remove();
    },
  };
}

