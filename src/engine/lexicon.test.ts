import { describe, expect, it } from 'vitest';
import { LEXICONS } from './lexicons/index';
import { normalise } from './normalise';
import { PhraseIndex, tokenise } from './phrase-index';

describe('the word lists', () => {
  it('each documents what it is and what it leaves out, with trimmed entries', () => {
    for (const [name, file] of Object.entries(LEXICONS)) {
      expect(file.description.length, name).toBeGreaterThan(20);
      expect(file.leavesOut.length, name).toBeGreaterThan(0);
      expect(file.entries.length, name).toBeGreaterThan(0);
      for (const entry of file.entries) expect(entry, `${name}: "${entry}"`).toBe(entry.trim());
    }
  });

  it('all load into one phrase index, and every entry finds itself', () => {
    const searchable = (Object.entries(LEXICONS) as [string, { entries: string[] }][]).filter(([name]) => !['valence-supplement', 'protective-markings'].includes(name));
    const index = new PhraseIndex(searchable.map(([name, file]) => [name, file.entries] as [string, readonly string[]]));
    for (const [name, file] of searchable) {
      for (const entry of file.entries) {
        if (entry.includes('*')) continue; // wildcards stand for words, not themselves
        const found = index.find(tokenise(normalise(entry).text)).get(name) ?? [];
        expect(found.length, `${name}: "${entry}"`).toBeGreaterThan(0);
      }
    }
  });
});
