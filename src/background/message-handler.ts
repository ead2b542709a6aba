// The worker's one switch over the protocol (src/shared/protocol.ts). Messages from anything but
// this extension, and messages that do not validate, are ignored: the answer is undefined and
// nothing throws.
import { check, type Finding } from '../engine/index';
import { parseWorkerRequest } from '../shared/protocol-schema';
import type { WorkerReply } from '../shared/protocol';
import { profileFor, profileLabel } from '../shared/settings';
import type { FeedbackLog } from './feedback-log';
import type { SettingsCache } from './settings-cache';

export interface MessageSender {
  id?: string;
}

export interface HandlerDeps {
  extensionId: string;
  settings: SettingsCache;
  feedback: FeedbackLog;
  now?: () => Date;
  /** The engine; replaceable in tests. */
  runCheck?: typeof check;
}

export function handleMessage(message: unknown, sender: MessageSender, deps: HandlerDeps): Promise<WorkerReply> | undefined {
  if (!sender || sender.id !== deps.extensionId) return undefined;
  const request = parseWorkerRequest(message);
  if (!request) return undefined;
  switch (request.type) {
    case 'check':
      return deps.settings.current().then((settings) => {
        const { profile } = profileFor(settings, request.site, request.handle);
        let findings: Finding[];
        try {
          findings = (deps.runCheck ?? check)(request.draft, profile);
        } catch {
          // check() promises never to throw; if it ever does, answer "nothing found" rather than nothing.
          findings = [];
        }
        return { type: 'result', revision: request.revision, findings, profile, profileLabel: profileLabel(profile) };
      });
    case 'get-profile':
      return deps.settings.current().then((settings) => {
        const { profile, saved } = profileFor(settings, request.site, request.handle);
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
      return deps.feedback.recordOverride(record).then(() => ({ type: 'ok' }) as const);
    }
    case 'report-wrong':
      return deps.feedback.reportWrong(request.rule).then(() => ({ type: 'ok' }) as const);
  }
}
