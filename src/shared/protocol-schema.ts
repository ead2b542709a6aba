// Validation of what the worker receives (src/shared/protocol.ts): anything that does not match
// is ignored, never trusted and never allowed to throw inside the worker. Used only by the worker
// and the popup, so the content script does not carry the schema library.
import * as v from 'valibot';
import { PLATFORMS, POST_KINDS } from '../engine/types';
import type { WorkerRequest } from './protocol';

/** Drafts longer than this are not checked (no site accepts one; it protects the worker). */
export const MAX_DRAFT_LENGTH = 100_000;
const SITE = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/));
const HANDLE = v.pipe(v.string(), v.maxLength(320));
const RULE_ID = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));

const DraftSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_DRAFT_LENGTH)),
  platform: v.picklist(PLATFORMS),
  kind: v.picklist(POST_KINDS),
  postedAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
  quoted: v.optional(v.pipe(v.string(), v.maxLength(MAX_DRAFT_LENGTH))),
  thread: v.optional(
    v.object({
      index: v.pipe(v.number(), v.integer(), v.minValue(0)),
      count: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
});

const WorkerRequestSchema = v.variant('type', [
  v.object({
    type: v.literal('check'),
    revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
    draft: DraftSchema,
    site: SITE,
    handle: v.optional(HANDLE),
  }),
  v.object({
    type: v.literal('record-override'),
    site: SITE,
    handle: v.optional(HANDLE),
    kind: v.picklist(POST_KINDS),
    rules: v.pipe(v.array(RULE_ID), v.maxLength(50)),
    signedOffBy: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200))),
  }),
  v.object({ type: v.literal('report-wrong'), rule: RULE_ID }),
  v.object({ type: v.literal('get-profile'), site: SITE, handle: v.optional(HANDLE) }),
]);

/** The request, or undefined when the message is not one of ours or is malformed. */
export function parseWorkerRequest(message: unknown): WorkerRequest | undefined {
  const result = v.safeParse(WorkerRequestSchema, message);
  return result.success ? (result.output as WorkerRequest) : undefined;
}
