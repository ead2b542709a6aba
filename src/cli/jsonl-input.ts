// JSONL: one JSON object a line with the Draft and Profile fields flat, plus "id". Blank lines
// are skipped; a line that is not a JSON object is reported by its line number.
import { describe } from './fields';
import { InputError } from './input-error';
import type { RawRecord } from './raw-record';

export function readJsonl(file: string, content: string): (RawRecord | InputError)[] {
  const out: (RawRecord | InputError)[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((text, index) => {
    if (!text.trim()) return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : String(error);
      out.push(new InputError({ file, line }, `not valid JSON (${reason})`));
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.push(new InputError({ file, line }, `expected a JSON object such as {"id": 1, "text": "..."}, got ${describe(value)}`));
      return;
    }
    out.push({ file, line, fields: value as Record<string, unknown>, defaultId: line });
  });
  return out;
}

/** True when every non-blank line is a JSON object (and there is at least one). */
export function looksLikeJsonl(content: string): boolean {
  let seen = false;
  for (const text of content.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!text.trim()) continue;
    const trimmed = text.trim();
    if (!trimmed.startsWith('{')) return false;
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    } catch {
      return false;
    }
    seen = true;
  }
  return seen;
}
