import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, defaultSettings, type AuditTrailSettings } from '../shared/settings';
import { AUDIT_TRAIL_KEY, AuditTrail, auditTrailCsv, type AuditEntry } from './audit-trail';
import { FeedbackLog } from './feedback-log';
import { handleMessage } from './message-handler';
import { SettingsCache } from './settings-cache';
import { memoryStorage } from './test-fakes';


const on: AuditTrailSettings = { enabled: true, includeText: false, retentionDays: 90, maxEntries: 1000 };
const entry = (time: string, extra: Partial<AuditEntry> = {}): AuditEntry => ({ time, site: 'x', handle: '@dept', account: 'corporate', kind: 'post', rules: ['opponent-attack'], ...extra });

describe('the audit trail', () => {
  it('records nothing while switched off', async () => {
    const storage = memoryStorage();
    await new AuditTrail(storage).record(entry('2026-03-02T10:00:00.000Z'), { ...on, enabled: false });
    expect(storage.data[AUDIT_TRAIL_KEY]).toBeUndefined();
  });

  it('keeps the text only when includeText is on', async () => {
    const storage = memoryStorage();
    const trail = new AuditTrail(storage);
    const now = new Date('2026-03-02T10:00:00Z');
    await trail.record(entry('2026-03-02T10:00:00.000Z', { text: 'The strike is reckless.' }), on, now);
    await trail.record(entry('2026-03-02T10:01:00.000Z', { text: 'The strike is reckless.', signedOffBy: 'A. Manager' }), { ...on, includeText: true }, now);
    expect(await trail.entries(on, now)).toEqual([entry('2026-03-02T10:00:00.000Z'), entry('2026-03-02T10:01:00.000Z', { text: 'The strike is reckless.', signedOffBy: 'A. Manager' })]);
  });

  it('drops entries older than the retention period and beyond the maximum count', async () => {
    const storage = memoryStorage();
    const trail = new AuditTrail(storage);
    const now = new Date('2026-06-01T12:00:00Z');
    await Promise.all([
      trail.record(entry('2026-02-01T12:00:00.000Z'), on, now), // 120 days old: gone
      trail.record(entry('2026-03-04T12:00:00.000Z'), on, now), // 89 days: kept
      trail.record(entry('2026-05-30T12:00:00.000Z'), on, now),
      trail.record(entry('2026-05-31T12:00:00.000Z'), on, now),
    ]);
    expect((await trail.entries(on, now)).map((e) => e.time.slice(0, 10))).toEqual(['2026-03-04', '2026-05-30', '2026-05-31']);
    expect((await trail.entries({ retentionDays: 90, maxEntries: 2 }, now)).map((e) => e.time.slice(0, 10))).toEqual(['2026-05-30', '2026-05-31']);
    // Reading later applies retention too, without any write.
    expect(await trail.entries(on, new Date('2026-06-02T13:00:00Z'))).toHaveLength(2);
    await trail.clear();
    expect(await trail.entries(on, now)).toEqual([]);
  });

  it('exports CSV a spreadsheet opens safely: quoted commas, quotes and line breaks; nothing read as a formula (handles included)', () => {
    const csv = auditTrailCsv([
      entry('2026-03-02T10:00:00.000Z', { rules: ['opponent-attack', 'tone-check'], signedOffBy: 'Smith, J', text: 'He said "no"\nthen left' }),
      entry('2026-03-02T11:00:00.000Z', { text: '=HYPERLINK("http://evil")', handle: '@x' }),
    ]);
    expect(csv).toBe(
      'time,site,handle,account,kind,rules,signedOffBy,text\r\n' +
        `2026-03-02T10:00:00.000Z,x,'@dept,corporate,post,opponent-attack tone-check,"Smith, J","He said ""no""\nthen left"\r\n` +
        `2026-03-02T11:00:00.000Z,x,'@x,corporate,post,opponent-attack,,"'=HYPERLINK(""http://evil"")"\r\n`,
    );
  });
});

describe('the worker records "Post anyway" in the audit trail', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const text = 'The strike called by the union is irresponsible and reckless.';

  async function postAnyway(auditTrail: AuditTrailSettings) {
    const storage = memoryStorage({ [SETTINGS_KEY]: { ...defaultSettings(), defaults: { account: 'corporate', role: 'civil-servant', restricted: false }, auditTrail } });
    const deps = {
      extensionId: ID,
      settings: new SettingsCache(storage),
      feedback: new FeedbackLog(storage),
      audit: new AuditTrail(storage),
      lastChecked: new Map<string, { revision: number; text: string }>(),
      now: () => new Date('2026-03-02T10:00:00Z'),
    };
    const sender = { id: ID, tab: { id: 4 } };
    await handleMessage({ type: 'check', revision: 1, site: 'x', handle: '@dept', draft: { text, platform: 'x', kind: 'post' } }, sender, deps);
    await handleMessage({ type: 'record-override', site: 'x', handle: '@dept', kind: 'post', rules: ['opponent-attack'] }, sender, deps);
    return storage.data[AUDIT_TRAIL_KEY];
  }

  it('keeps the text of the newest revision even when checks are answered out of order', async () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: { ...defaultSettings(), auditTrail: { ...on, includeText: true } } });
    const deps = { extensionId: ID, settings: new SettingsCache(storage), feedback: new FeedbackLog(storage), audit: new AuditTrail(storage), lastChecked: new Map<string, { revision: number; text: string }>(), now: () => new Date('2026-03-02T10:00:00Z') };
    const sender = { id: ID, tab: { id: 9 } };
    const checkOf = (revision: number, draft: string) => ({ type: 'check', revision, site: 'x', draft: { text: draft, platform: 'x', kind: 'post' } });
    await Promise.all([handleMessage(checkOf(3, text), sender, deps), handleMessage(checkOf(2, 'The str'), sender, deps)]);
    await handleMessage({ type: 'record-override', site: 'x', kind: 'post', rules: ['opponent-attack'] }, sender, deps);
    expect((storage.data[AUDIT_TRAIL_KEY] as AuditEntry[])[0]?.text).toBe(text);
  });

  it('with time, site, handle, account type and rule ids, and the text only if asked', async () => {
    const base = { time: '2026-03-02T10:00:00.000Z', site: 'x', handle: '@dept', account: 'corporate', kind: 'post', rules: ['opponent-attack'] };
    expect(await postAnyway(on)).toEqual([base]);
    expect(await postAnyway({ ...on, includeText: true })).toEqual([{ ...base, text }]);
    expect(await postAnyway({ ...on, enabled: false })).toBeUndefined();
  });
});
