import { describe, expect, it } from 'vitest';
import type { CheckRequest } from '../shared/protocol';
import { ExtensionGone, WorkerClient } from './worker-client';

const request: CheckRequest = { type: 'check', revision: 3, site: 'x', draft: { text: 'hi', platform: 'x', kind: 'post' } };
const result = { type: 'result', revision: 3, findings: [], profile: { account: 'personal', role: 'civil-servant', restricted: false, electionPeriod: false }, profileLabel: 'Personal account · civil servant' };

describe('the worker client', () => {
  it('retries while the worker wakes up, then returns its answer', async () => {
    let calls = 0;
    const client = new WorkerClient(async () => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return result;
    }, () => true, [1, 1, 1]);
    await expect(client.check(request)).resolves.toEqual(result);
    expect(calls).toBe(3);
  });

  it('treats an answer for another revision, or none, as a failure and retries', async () => {
    const answers: unknown[] = [undefined, { ...result, revision: 2 }, result];
    const client = new WorkerClient(async () => answers.shift(), () => true, [1, 1, 1]);
    await expect(client.check(request)).resolves.toEqual(result);
  });

  it('gives up after the retries with the last error', async () => {
    const client = new WorkerClient(async () => {
      throw new Error('worker asleep');
    }, () => true, [1, 1]);
    await expect(client.check(request)).rejects.toThrow('worker asleep');
  });

  it('stops at once when the extension context is invalidated', async () => {
    let calls = 0;
    const client = new WorkerClient(async () => {
      calls++;
      throw new Error('Extension context invalidated.');
    }, () => true, [1, 1, 1]);
    await expect(client.check(request)).rejects.toBeInstanceOf(ExtensionGone);
    expect(calls).toBe(1);
    const dead = new WorkerClient(async () => result, () => false);
    await expect(dead.check(request)).rejects.toBeInstanceOf(ExtensionGone);
  });
});
