import { describe, expect, it } from 'vitest';
import { InputError } from './input-error';
import { looksLikeJsonl, readJsonl } from './jsonl-input';

describe('readJsonl', () => {
  it('returns records with their line numbers and skips blank lines, CRLF and a BOM', () => {
    const out = readJsonl('f.jsonl', '\uFEFF{"id": "a", "text": "x"}\r\n\r\n   \n{"text": "y"}\n');
    expect(out).toEqual([
      { file: 'f.jsonl', line: 1, fields: { id: 'a', text: 'x' }, defaultId: 1 },
      { file: 'f.jsonl', line: 4, fields: { text: 'y' }, defaultId: 4 },
    ]);
  });

  it('reports invalid JSON and non-objects by line, and keeps going', () => {
    const out = readJsonl('f.jsonl', '{"text": "a"}\n{"text": \n[1, 2]\n{"text": "b"}\n');
    expect(out.map((entry) => (entry instanceof InputError ? entry.message : entry.line))).toEqual([
      1,
      expect.stringMatching(/^f\.jsonl:2: not valid JSON \(/),
      'f.jsonl:3: expected a JSON object such as {"id": 1, "text": "..."}, got a list',
      4,
    ]);
  });
});

describe('looksLikeJsonl', () => {
  it('is true only when every non-blank line is a JSON object', () => {
    expect(looksLikeJsonl('{"a": 1}\n\n{"b": 2}\n')).toBe(true);
    expect(looksLikeJsonl('{"a": 1}\nplain words\n')).toBe(false);
    expect(looksLikeJsonl('"a string"\n')).toBe(false);
    expect(looksLikeJsonl('\n\n')).toBe(false);
  });
});
