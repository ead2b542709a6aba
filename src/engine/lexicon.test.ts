import { describe, expect, it } from 'vitest';
import { compilePhrases } from './lexicon';
import { LEXICONS } from './lexicons/index';

function all(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m[0]);
}

describe('compilePhrases', () => {
  it('matches whole words only, longest phrase first', () => {
    const re = compilePhrases(['tory', 'tory cuts', 'tories']);
    expect(all(re, 'years of tory cuts; the tories; history')).toEqual(['tory cuts', 'tories']);
  });

  it('lets spaces match white space or hyphens and apostrophes be left out', () => {
    const re = compilePhrases(["don't add up", 'door knocking']);
    expect(all(re, 'figures dont add up after door-knocking')).toEqual(['dont add up', 'door-knocking']);
  });

  it('reads a trailing * as any word ending', () => {
    const re = compilePhrases(['scaremonger*']);
    expect(all(re, 'scaremongering and scaremongers, not scare')).toEqual(['scaremongering', 'scaremongers']);
  });

  it('escapes regular-expression characters in entries', () => {
    const re = compilePhrases(['rt ≠ endorsement', 'f*ck', '(x)']);
    expect(all(re, 'rt ≠ endorsement')).toEqual(['rt ≠ endorsement']);
  });

  it('compiles every word list, each documenting what it leaves out', () => {
    for (const [name, file] of Object.entries(LEXICONS)) {
      expect(file.description.length, name).toBeGreaterThan(20);
      expect(file.leavesOut.length, name).toBeGreaterThan(0);
      expect(file.entries.length, name).toBeGreaterThan(0);
      expect(() => compilePhrases(file.entries), name).not.toThrow();
      for (const entry of file.entries) expect(entry, `${name}: "${entry}"`).toBe(entry.trim());
    }
  });
});
