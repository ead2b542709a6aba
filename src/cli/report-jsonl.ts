// --format jsonl: exactly one line a draft, {"id": ..., "findings": [Finding, ...]}, in input
// order and nothing else, so a scorer or another tool can read it line by line.
import type { Finding } from '../engine/index';
import type { Checkable } from './records';

export function formatJsonl(item: Checkable, findings: readonly Finding[]): string {
  return `${JSON.stringify({ id: item.id, findings })}\n`;
}
