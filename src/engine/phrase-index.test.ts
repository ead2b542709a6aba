import { describe, expect, it } from 'vitest';
import { PhraseIndex, tokenise } from './phrase-index';

function find(entries: string[], text: string): string[] {
  const index = new PhraseIndex([['list', entries]]);
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
    expect(find(['rt ≠ endorsement', '#toriesout', '🥴', 'paid £'], 'rt ≠ endorsement #toriesout 🥴 paid £40')).toEqual(['rt ≠ endorsement', '#toriesout', '🥴', 'paid £']);
  });
  it('keeps each list to its own matches', () => {
    const index = new PhraseIndex<'a' | 'b'>([['a', ['union']], ['b', ['the union', 'union']]]);
    const found = index.find(tokenise('the union'));
    expect(found.get('a')?.length).toBe(1);
    expect(found.get('b')?.map((m) => [m.normStart, m.normEnd])).toEqual([[0, 9]]);
  });
});
