// Test helpers (imported only by *.test.ts): a fake overlay that records what it was told and lets
// the test answer the face check, and a fake worker built on the real engine or canned findings.
import type { Finding, Profile } from '../engine/types';
import type { FaceCheckAnswer, FaceCheckRequest, MountOptions, OverlayHandle, OverlayState } from '../overlay/overlay-api';
import type { CheckRequest, CheckResult, WorkerRequest } from '../shared/protocol';
import { WorkerClient } from './worker-client';

export interface FakeOverlay extends OverlayHandle {
  options: MountOptions;
  states: OverlayState[];
  requests: FaceCheckRequest[];
  destroyed: boolean;
  answer(answer: FaceCheckAnswer): void;
}

export function fakeOverlays() {
  const mounted: FakeOverlay[] = [];
  const mount = (options: MountOptions): OverlayHandle => {
    let resolveFace: ((answer: FaceCheckAnswer) => void) | undefined;
    const host = document.createElement('sense-check-root');
    document.body.append(host);
    const overlay: FakeOverlay = {
      options,
      host,
      states: [],
      requests: [],
      destroyed: false,
      update(state) {
        overlay.states.push(state);
      },
      faceCheck(request) {
        overlay.requests.push(request);
        return new Promise((resolve) => (resolveFace = resolve));
      },
      destroy() {
        overlay.destroyed = true;
        host.remove();
        resolveFace?.('edit');
      },
      answer(answer) {
        const resolve = resolveFace;
        resolveFace = undefined;
        resolve?.(answer);
        if (answer === 'edit') options.actions.returnToEditor();
      },
    };
    mounted.push(overlay);
    return overlay;
  };
  return { mounted, mount, last: () => mounted[mounted.length - 1] };
}

export const CORPORATE: Profile = { account: 'corporate', role: 'civil-servant', restricted: false, electionPeriod: false };

export function finding(overrides: Partial<Finding> & Pick<Finding, 'start' | 'end'>): Finding {
  return {
    rule: 'partisan-content',
    category: 'party-political',
    severity: 'serious',
    message: 'Party politics.',
    why: 'Civil Service Code: impartiality.',
    source: 'Civil Service Code',
    ...overrides,
  };
}

/** A worker that finds `word` (serious, aimed at `target` when given) wherever it appears. */
/**
 * `partialFirst`: the first check is answered as a freshly started worker does, partial and with the
 * rules' findings only (here: none); `holdAfterPartial` then holds later answers until resume().
 */
export function fakeWorker(options: { word?: string; target?: string; profile?: Profile; partialFirst?: boolean; holdAfterPartial?: boolean } = {}) {
  let partialGiven = false;
  const sent: WorkerRequest[] = [];
  let paused: Array<() => void> | undefined;
  let failing = 0;
  let gone = false;
  const answer = (request: CheckRequest): CheckResult => {
    const findings: Finding[] = [];
    const word = options.word ?? 'Labour';
    const text = request.draft.text || request.draft.quoted || '';
    const at = text.indexOf(word);
    if (at >= 0) findings.push(finding({ start: request.draft.text ? at : 0, end: request.draft.text ? at + word.length : 0, ...(options.target ? { target: options.target } : {}) }));
    const profile = options.profile ?? CORPORATE;
    if (options.partialFirst && !partialGiven) {
      partialGiven = true;
      if (options.holdAfterPartial) paused = [];
      return { type: 'result', revision: request.revision, findings: [], profile, profileLabel: 'Corporate account · civil servant', partial: true };
    }
    return { type: 'result', revision: request.revision, findings, profile, profileLabel: 'Corporate account · civil servant' };
  };
  const send = async (message: WorkerRequest): Promise<unknown> => {
    sent.push(message);
    if (gone) throw new Error('Extension context invalidated.');
    if (failing > 0) {
      failing--;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    if (paused) await new Promise<void>((resolve) => paused!.push(resolve));
    return message.type === 'check' ? answer(message) : { type: 'ok' };
  };
  const client = new WorkerClient(send, () => !gone, [1, 1, 1]);
  return {
    client,
    sent,
    checks: () => sent.filter((message): message is CheckRequest => message.type === 'check'),
    /** Holds every answer until resume(). */
    pause() {
      paused = [];
    },
    resume() {
      const waiting = paused ?? [];
      paused = undefined;
      for (const release of waiting) release();
    },
    failNext(times: number) {
      failing = times;
    },
    goAway() {
      gone = true;
    },
  };
}

export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `condition` holds (tests must not depend on how fast a loaded machine is). */
export async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms: ${condition.toString()}`);
    await wait(10);
  }
}
