// The one message protocol of the extension: a discriminated union on `type`, handled by one
// switch in the service worker (src/background/message-handler.ts) and one in the content script
// (popup → tab status). Shapes are plain JSON: Chrome's messaging serialises with JSON, so dates
// travel as local wall-clock ISO strings ("2026-02-10T22:07:00").
import type { Draft, Finding, PostKind, Profile } from '../engine/types';

/** Content script → worker: check this draft; the answer carries the same revision. */
export interface CheckRequest {
  type: 'check';
  revision: number;
  draft: Draft;
  /** Adapter id: 'x' | 'facebook' | ... | 'mastodon' | 'generic'. */
  site: string;
  handle?: string;
}

/** Content script → worker: the user chose "Post anyway". Never carries the text. */
export interface OverrideRequest {
  type: 'record-override';
  site: string;
  handle?: string;
  kind: PostKind;
  rules: string[];
  /** Who signed the post off, when the organisation requires it (settings signOff.required). */
  signedOffBy?: string;
}

/** Content script → worker: the user pressed "This warning is wrong" on a finding of this rule. */
export interface ReportWrongRequest {
  type: 'report-wrong';
  rule: string;
}

/** Popup → worker: which profile applies to this account, and is it the default one? */
export interface ProfileRequest {
  type: 'get-profile';
  site: string;
  handle?: string;
}

/** Popup → content script (tabs.sendMessage): what is on this tab? */
export interface StatusRequest {
  type: 'status';
}

export type WorkerRequest = CheckRequest | OverrideRequest | ReportWrongRequest | ProfileRequest;
export type TabRequest = StatusRequest;

export interface CheckResult {
  type: 'result';
  revision: number;
  findings: Finding[];
  profile: Profile;
  profileLabel: string;
  /** A corporate account whose posts with any warning need a sign-off name before they go. */
  signOffRequired?: boolean;
  /**
   * The rules' findings only: the worker had just started and answered before decoding the learned
   * model. Shown at once; the content script asks again for the full answer, and never lets a post
   * through on a partial one.
   */
  partial?: boolean;
}

export interface ProfileReply {
  type: 'profile';
  profile: Profile;
  profileLabel: string;
  /** true when this account has its own saved profile, false when the default applies. */
  saved: boolean;
}

export interface Ack {
  type: 'ok';
}

export interface StatusReply {
  type: 'status';
  /** Adapter id, or undefined when no adapter runs on this page. */
  site?: string;
  handle?: string;
  composers: number;
  counts: { info: number; warning: number; serious: number };
  profileLabel?: string;
}

export type WorkerReply = CheckResult | ProfileReply | Ack;

/** A light shape check of the worker's answer, in the content script (kept small: no schema library there). */
export function isCheckResult(value: unknown, revision: number): value is CheckResult {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Partial<CheckResult>;
  return (
    reply.type === 'result' &&
    reply.revision === revision &&
    Array.isArray(reply.findings) &&
    typeof reply.profile === 'object' &&
    reply.profile !== null &&
    typeof reply.profileLabel === 'string'
  );
}

/** The time a draft would go out, as the local wall-clock ISO string the engine reads. */
export function localIsoTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}
