// The overlay's contract with the content script (the extension brief, "The overlay API"): what the
// RUNTIME passes in and gets back. index.tsx re-exports these with mountOverlay.
import type { Finding } from '../engine/index';

export interface OverlayState {
  /** The draft text the findings refer to (their offsets index into it). */
  text: string;
  /** All findings, info included (info shows only in the panel). */
  findings: Finding[];
  /** A check is in flight or being retried: these are the last good findings, keep showing them. */
  pending: boolean;
  /** e.g. "Corporate account · civil servant · election period" */
  profileLabel: string;
  /** The rules' findings only, the learned patterns' still to come (the first check after a worker start). */
  partial?: boolean;
}

export interface OverlayActions {
  /** Replace exactly the passage with finding.suggestion (the RUNTIME does it, over a Range). */
  apply(finding: Finding): void;
  /** Stop showing that finding for this passage text. */
  dismiss(finding: Finding): void;
  /** Count it per rule, then dismiss it. */
  reportWrong(finding: Finding): void;
  /** Focus the editor and restore the caret. */
  returnToEditor(): void;
}

export interface FaceCheckRequest {
  /** The draft as it will be posted. */
  text: string;
  /** The findings that stopped the send, worst first. */
  findings: Finding[];
  /** Who the post is aimed at (from finding.target); may be empty. */
  targets: string[];
  /** From headlineFor(). */
  headline: string;
  /** 'x' | 'facebook' | ... */
  site: string;
  /** The posting account, e.g. '@jdoe'. */
  handle?: string;
  /** e.g. "Corporate account" */
  accountLabel: string;
  /** Ask for the name of who signed the post off; "Post anyway" then needs one. */
  askSignOff?: boolean;
}

/** 'post' with the sign-off name when the request asked for one. */
export type FaceCheckAnswer = 'edit' | 'post' | { answer: 'post'; signedOffBy: string };

export function isPostAnswer(answer: FaceCheckAnswer): boolean {
  return answer === 'post' || (typeof answer === 'object' && answer.answer === 'post');
}

export interface OverlayHandle {
  /** The <sense-check-root> element. */
  readonly host: HTMLElement;
  update(state: OverlayState): void;
  /** Resolves once; while one is open, a second call returns the same promise. Escape = 'edit'. */
  faceCheck(request: FaceCheckRequest): Promise<FaceCheckAnswer>;
  /** Removes the host, all listeners, observers and timers. */
  destroy(): void;
}

export interface MountOptions {
  /** The editor element: the badge sits at its bottom-right corner. */
  anchor: HTMLElement;
  actions: OverlayActions;
  /** Defaults to anchor.ownerDocument. */
  document?: Document;
}
