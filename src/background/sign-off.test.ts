// Sign-off across the worker, the protocol and the send-gate policy: the worker tells the content
// script when a corporate post needs a sign-off name, any warning then stops the send, and the
// name comes back with "Post anyway" into the audit trail.
import { describe, expect, it } from 'vitest';
import { findingsThatStopSend } from '../content/gate-policy';
import type { Finding } from '../engine/types';
import { parseWorkerRequest } from '../shared/protocol-schema';
import { SETTINGS_KEY, defaultSettings, type Settings } from '../shared/settings';
import { AUDIT_TRAIL_KEY, AuditTrail } from './audit-trail';
import { FeedbackLog } from './feedback-log';
import { handleMessage } from './message-handler';
import { SettingsCache } from './settings-cache';
import { memoryStorage } from './test-fakes';

const ID = 'abcdefghijklmnopabcdefghijklmnop';


function deps(settings: Settings, policy: Record<string, unknown> = {}) {
  const storage = memoryStorage({ [SETTINGS_KEY]: settings });
  return {
    storage,
    extensionId: ID,
    settings: new SettingsCache(storage, { managed: { get: async () => policy } }),
    feedback: new FeedbackLog(storage),
    audit: new AuditTrail(storage),
    now: () => new Date('2026-03-02T10:00:00Z'),
  };
}

const check = (handle = '@dept') => ({ type: 'check', revision: 1, site: 'x', handle, draft: { text: 'The new policy is a disaster.', platform: 'x', kind: 'post', postedAt: '2026-03-02T10:00:00' } });
const corporate = (signOff: boolean): Settings => ({ ...defaultSettings(), defaults: { account: 'corporate', role: 'civil-servant', restricted: false }, signOff: { required: signOff } });

describe('sign-off', () => {
  it('is asked for corporate accounts only, when the settings or the organisation require it', async () => {
    expect(await handleMessage(check(), { id: ID }, deps(corporate(true)))).toMatchObject({ type: 'result', signOffRequired: true });
    expect(await handleMessage(check(), { id: ID }, deps(corporate(false)))).not.toHaveProperty('signOffRequired');
    expect(await handleMessage(check(), { id: ID }, deps(corporate(false), { signOffRequired: true }))).toMatchObject({ signOffRequired: true });
    expect(await handleMessage(check(), { id: ID }, deps({ ...defaultSettings(), signOff: { required: true } }))).not.toHaveProperty('signOffRequired');
  });

  it('makes any warning stop the send, not only serious or targeted ones', () => {
    const warning: Finding = { rule: 'contestable-judgement', category: 'opinion-as-fact', severity: 'warning', start: 0, end: 5, message: 'm', why: 'w', source: 's' };
    const info: Finding = { ...warning, rule: 'note', severity: 'info' };
    expect(findingsThatStopSend([warning, info])).toEqual([]);
    expect(findingsThatStopSend([warning, info], { signOff: true })).toEqual([warning]);
  });

  it('carries the name with "Post anyway" into the audit trail; an empty name is not a name', async () => {
    const d = deps({ ...corporate(true), auditTrail: { enabled: true, includeText: false, retentionDays: 90, maxEntries: 1000 } });
    const override = { type: 'record-override', site: 'x', handle: '@dept', kind: 'post', rules: ['contestable-judgement'] };
    expect(parseWorkerRequest({ ...override, signedOffBy: '   ' })).toBeUndefined();
    expect(parseWorkerRequest({ ...override, signedOffBy: 'x'.repeat(201) })).toBeUndefined();
    await handleMessage({ ...override, signedOffBy: ' Priya Shah ' }, { id: ID }, d);
    expect(d.storage.data[AUDIT_TRAIL_KEY]).toEqual([
      { time: '2026-03-02T10:00:00.000Z', site: 'x', handle: '@dept', account: 'corporate', kind: 'post', rules: ['contestable-judgement'], signedOffBy: 'Priya Shah' },
    ]);
  });
});
