// The worker's one switch over the protocol (src/shared/protocol.ts). Messages from anything but
// this extension, and messages that do not validate, are ignored: the answer is undefined and
// nothing throws.
import { check, ruleEnabled, type Finding, type Profile } from '../engine/index';
import { learnedModel, learnedModelState } from '../engine/model/model';
import { parseWorkerRequest } from '../shared/protocol-schema';
import type { WorkerReply } from '../shared/protocol';
import { profileFor, profileLabel } from '../shared/settings';
import type { AuditTrail } from './audit-trail';
import type { FeedbackLog } from './feedback-log';
import { profileForCheck } from './profile-for-check';
import type { SettingsCache } from './settings-cache';

export interface MessageSender {
  id?: string;
  tab?: { id?: number };
}

export interface HandlerDeps {
  extensionId: string;
  settings: SettingsCache;
  feedback: FeedbackLog;
  now?: () => Date;
  /** The engine; replaceable in tests. */
  runCheck?: typeof check;
  /** Records posts sent after a warning, when the (effective) settings turn it on. */
  audit?: AuditTrail;
  /**
   * The last text checked per tab and site: what "Post anyway" sent, for an audit trail that keeps
   * text (the override message itself never carries the text). Lost if the worker is stopped.
   */
  lastChecked?: Map<string, { revision: number; text: string }>;
  /**
   * The first check after the worker starts is answered without the learned model, whose decoding is
   * most of a cold start; the answer says so (partial), the model is decoded straight after, and the
   * content script asks again at once. Only one answer per worker life is partial. Replaceable in
   * tests; by default the shipped model's state.
   */
  model?: ModelWarmer;
}

export interface ModelWarmer {
  /** "unloaded" until decoded; "failed" if decoding threw (checks then run without it, in full). */
  state(): 'unloaded' | 'ready' | 'failed';
  /** Decode it soon, after the current answer has gone. */
  warm(): void;
  /** Set once a partial answer has been given in this worker's life. */
  partialGiven?: boolean;
}

/** The shipped model, decoded in a task of its own after the partial answer. */
export function shippedModelWarmer(): ModelWarmer {
  return {
    state: learnedModelState,
    warm: () => {
      setTimeout(() => {
        try {
          learnedModel();
        } catch {
          // learnedModelState() is now "failed": checks run in full, the rule reporting its error.
        }
      }, 0);
    },
  };
}


const draftKey = (sender: MessageSender, site: string) => `${sender.tab?.id ?? 'none'}:${site}`;

/**
 * One text per tab and site, the newest revision's (answers to checks may complete out of order),
 * and only the most recent tabs: closed tabs are never announced here.
 */
function rememberText(memory: Map<string, { revision: number; text: string }>, key: string, revision: number, text: string): void {
  const known = memory.get(key);
  if (known && known.revision > revision) return;
  memory.delete(key);
  memory.set(key, { revision, text });
  if (memory.size > 50) memory.delete(memory.keys().next().value as string);
}

export function handleMessage(message: unknown, sender: MessageSender, deps: HandlerDeps): Promise<WorkerReply> | undefined {
  if (!sender || sender.id !== deps.extensionId) return undefined;
  const request = parseWorkerRequest(message);
  if (!request) return undefined;
  switch (request.type) {
    case 'check':
      return deps.settings.effective().then((effective) => {
        if (deps.lastChecked && effective.settings.auditTrail.enabled && effective.settings.auditTrail.includeText) {
          rememberText(deps.lastChecked, draftKey(sender, request.site), request.revision, request.draft.text);
        }
        const profile = profileForCheck(effective, request.site, request.handle, deps.now?.() ?? new Date());
        const model = deps.model;
        const partial = !!model && !model.partialGiven && ruleEnabled(profile, 'learned-patterns') && model.state() === 'unloaded';
        const checked: Profile = partial ? { ...profile, ruleOverrides: { ...profile.ruleOverrides, 'learned-patterns': { ...profile.ruleOverrides?.['learned-patterns'], enabled: false } } } : profile;
        if (partial) {
          model.partialGiven = true;
          model.warm();
        }
        let findings: Finding[];
        try {
          findings = (deps.runCheck ?? check)(request.draft, checked);
        } catch {
          // check() promises never to throw; if it ever does, answer "nothing found" rather than nothing.
          findings = [];
        }
        // The compiled rules stay in the worker: the content script needs who is posting, not code.
        const { extraRules: _rules, ...shown } = profile;
        const result: WorkerReply = { type: 'result', revision: request.revision, findings, profile: shown, profileLabel: profileLabel(profile) };
        if (effective.settings.signOff.required && profile.account === 'corporate') result.signOffRequired = true;
        if (partial) result.partial = true;
        return result;
      });
    case 'get-profile':
      return deps.settings.effective().then(({ settings }) => {
        const { profile, saved } = profileFor(settings, request.site, request.handle, deps.now?.() ?? new Date());
        return { type: 'profile', profile, profileLabel: profileLabel(profile), saved };
      });
    case 'record-override': {
      const record = {
        time: (deps.now?.() ?? new Date()).toISOString(),
        site: request.site,
        kind: request.kind,
        rules: request.rules,
        ...(request.handle ? { handle: request.handle } : {}),
      };
      const audited = deps.audit
        ? deps.settings.effective().then(({ settings }) => {
            const { profile } = profileFor(settings, request.site, request.handle);
            const text = deps.lastChecked?.get(draftKey(sender, request.site))?.text;
            return deps.audit!.record(
              { ...record, account: profile.account, ...(request.signedOffBy ? { signedOffBy: request.signedOffBy } : {}), ...(text !== undefined ? { text } : {}) },
              settings.auditTrail,
              deps.now?.() ?? new Date(),
            );
          })
        : Promise.resolve();
      return Promise.all([deps.feedback.recordOverride(record), audited]).then(() => ({ type: 'ok' }) as const);
    }
    case 'report-wrong':
      return deps.feedback.reportWrong(request.rule).then(() => ({ type: 'ok' }) as const);
  }
}
