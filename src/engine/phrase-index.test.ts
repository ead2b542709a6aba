import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { PhraseIndex, tokenise } from './phrase-index';

// Drafts are normalised before they are tokenised (found.ts), so the tests read text the same way.
function find(entries: string[], draft: string): string[] {
  const index = new PhraseIndex([['list', entries]]);
  const text = normalise(draft).text;
  return (index.find(tokenise(text)).get('list') ?? []).map((m) => text.slice(m.normStart, m.normEnd));
}

describe('PhraseIndex', () => {
  it('matches whole words, longest first, without overlaps', () => {
    expect(find(['tory', 'tory cuts', 'tories'], 'years of tory cuts; the tories; history')).toEqual(['tory cuts', 'tories']);
  });
  it('joins words across white space and hyphens, and ignores apostrophes inside words', () => {
    expect(find(["don't add up", 'door knocking'], 'figures dont add up after door-knocking')).toEqual(['dont add up', 'door-knocking']);
  });
  it('keeps possessives and contractions apart, so "the campaign" and "you" still match', () => {
    expect(find(['the campaign', 'you'], "the campaign's figures, you're wrong")).toEqual(['the campaign', 'you']);
  });
  it('reads a trailing * as any ending and a lone * as any one word', () => {
    expect(find(['scaremonger*', 'knocked on * doors'], 'scaremongering; knocked on 140 doors')).toEqual(['scaremongering', 'knocked on 140 doors']);
  });
  it('matches symbols and emoji as tokens of their own', () => {
    expect(find(['#toriesout', '🥴', 'paid £'], '#toriesout 🥴 paid £40')).toEqual(['#toriesout', '🥴', 'paid £']);
  });
  it('normalises entries as it normalises drafts, so an entry with a symbol the normaliser folds still matches', () => {
    // The normaliser reads "≠" as "="; an entry written with "≠" once never matched a draft.
    expect(find(['rt ≠ endorsement', 'rts ≠ endorsements'], 'Views mine, RT ≠ endorsement. RTs ≠ endorsements')).toEqual(['rt = endorsement', 'rts = endorsements']);
  });
  it('keeps each list to its own matches', () => {
    const index = new PhraseIndex<'a' | 'b'>([['a', ['union']], ['b', ['the union', 'union']]]);
    const found = index.find(tokenise('the union'));
    expect(found.get('a')?.length).toBe(1);
    expect(found.get('b')?.map((m) => [m.normStart, m.normEnd])).toEqual([[0, 9]]);
  });
});
