import { describe, expect, it } from 'vitest';
import { excerptOf, positionOf } from './excerpt';

describe('positionOf', () => {
  it('counts lines and characters as a person sees them', () => {
    expect(positionOf('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    // "😀" is two UTF-16 units but one character: "x" at offset 3 is in column 3.
    expect(positionOf('😀 x', 3)).toEqual({ line: 1, column: 3 });
  });
});

describe('excerptOf', () => {
  it('keeps the passage with its own line around it', () => {
    expect(excerptOf('first line\nthe bad word here\nlast', 15, 18)).toEqual({ before: 'the ', passage: 'bad', after: ' word here' });
  });

  it('cuts long context at word boundaries with an ellipsis', () => {
    const text = `${'lorem ipsum '.repeat(10)}TARGET${' dolor sit'.repeat(10)}`;
    const start = text.indexOf('TARGET');
    const excerpt = excerptOf(text, start, start + 6, 20);
    expect(excerpt.before.startsWith('…')).toBe(true);
    expect(excerpt.after.endsWith('…')).toBe(true);
    expect(excerpt.before.length).toBeLessThanOrEqual(21);
    expect(excerpt.before).toMatch(/^…\w/);
  });

  it('shortens a very long passage, keeping its start and end, and shows line breaks inside it', () => {
    const passage = `start ${'x'.repeat(200)}\nend`;
    const excerpt = excerptOf(passage, 0, passage.length);
    expect(excerpt.passage.startsWith('start ')).toBe(true);
    expect(excerpt.passage).toContain(' … ');
    expect(excerpt.passage.endsWith(' ⏎ end')).toBe(true);
  });

  it('makes control characters harmless', () => {
    expect(excerptOf('a\u001b[31mb', 0, 1).after).toBe('\uFFFD[31mb');
  });
});
