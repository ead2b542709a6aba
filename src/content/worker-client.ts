// Talking to the service worker. MV3 stops the worker whenever it likes; a message wakes it, but a
// message sent while it starts or stops can fail. So: retry with backoff, and tell the caller when
// the extension itself is gone (updated, reloaded or removed), which no retry can mend.
import type { CheckRequest, CheckResult, WorkerRequest } from '../shared/protocol';
import { isCheckResult } from '../shared/protocol';

export type SendMessage = (message: WorkerRequest) => Promise<unknown>;

/** Thrown when the extension context is invalidated: the content script must remove itself. */
export class ExtensionGone extends Error {
  constructor() {
    super('Sense Check was updated or removed; this page needs a reload to use it again.');
  }
}

export function isContextInvalidated(error: unknown): boolean {
  return error instanceof ExtensionGone || /Extension context invalidated/i.test(String((error as Error)?.message ?? error));
}

/** Delays between attempts; the worker usually answers the first retry after a cold start. */
export const RETRY_DELAYS_MS = [100, 400, 1500] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class WorkerClient {
  readonly #send: SendMessage;
  readonly #alive: () => boolean;
  readonly #delays: readonly number[];

  constructor(send: SendMessage, alive: () => boolean, delays: readonly number[] = RETRY_DELAYS_MS) {
    this.#send = send;
    this.#alive = alive;
    this.#delays = delays;
  }

  /** The worker's result for this revision. Rejects with ExtensionGone, or with the last error after the retries. */
  async check(request: CheckRequest): Promise<CheckResult> {
    const reply = await this.#withRetries(request, (value) => isCheckResult(value, request.revision));
    return reply as CheckResult;
  }

  /** Fire-and-forget notices (override records, "this warning is wrong"), still retried. */
  async notify(request: WorkerRequest): Promise<void> {
    await this.#withRetries(request, (value) => typeof value === 'object' && value !== null);
  }

  async #withRetries(request: WorkerRequest, valid: (value: unknown) => boolean): Promise<unknown> {
    let lastError: unknown = new Error('The Sense Check worker did not answer.');
    for (let attempt = 0; attempt <= this.#delays.length; attempt++) {
      if (attempt > 0) await sleep(this.#delays[attempt - 1] ?? 0);
      if (!this.#alive()) throw new ExtensionGone();
      try {
        const reply = await this.#send(request);
        if (valid(reply)) return reply;
        lastError = new Error('The Sense Check worker gave no usable answer.');
      } catch (error) {
        if (isContextInvalidated(error)) throw new ExtensionGone();
        lastError = error;
      }
    }
    throw lastError;
  }
}
