import { describe, expect, it } from 'vitest';
import { normalise, toOriginal } from './normalise';

function roundTrip(original: string, needle: string): string {
  const n = normalise(original);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const [s, e] = toOriginal(n, at, at + needle.length, original);
  return original.slice(s, e);
}

describe('normalise', () => {
  it('lower-cases and folds curly quotes and dashes', () => {
    expect(normalise('Don’t — “Vote”').text).toBe('don\'t - "vote"');
  });

  it('reads leetspeak inside words but leaves numbers alone', () => {
    expect(normalise('T0ries out in 2026 at 4am, 10/10').text).toBe('tories out in 2026 at 4am, 10/10');
    expect(roundTrip('Vote T0RI3S now', 'tories')).toBe('T0RI3S');
  });

  it('drops zero-width characters and keeps offsets true', () => {
    const text = 'To\u200bries out';
    expect(normalise(text).text).toBe('tories out');
    expect(roundTrip(text, 'tories')).toBe('To\u200bries');
  });

  it('folds look-alike Cyrillic letters and full-width forms', () => {
    expect(normalise('L\u0430bour').text).toBe('labour');
    expect(normalise('ＴＯＲＹ').text).toBe('tory');
  });

  it('strips accents', () => {
    expect(normalise('Café naïve').text).toBe('cafe naive');
  });

  it('splits camel-case hashtags into words', () => {
    expect(normalise('#ToriesOut and #SNPOut #GE2024').text).toBe('#tories out and #snp out #ge 2024');
    expect(roundTrip('say #ToriesOut!', 'tories out')).toBe('ToriesOut');
  });

  it('keeps emoji intact and never splits a surrogate pair', () => {
    const text = 'Vote 🗳️ Labour 👩‍👩‍👧';
    const n = normalise(text);
    expect(n.text).toContain('🗳');
    expect(roundTrip(text, '🗳')).toBe('🗳');
    for (let i = 0; i < n.text.length; i++) {
      const o = n.map[i]!;
      expect((text.charCodeAt(o) & 0xfc00) === 0xdc00).toBe(false);
    }
  });

  it('maps the end of the text to the end of the original', () => {
    const text = 'A\u200b';
    const n = normalise(text);
    expect(n.map[n.text.length]).toBe(text.length);
  });

  it('keeps the "@" of an email address, and still reads "L@bour" as "labour"', () => {
    expect(normalise('write to jo.bloggs@mailbox.org today').text).toBe('write to jo.bloggs@mailbox.org today');
    expect(normalise('Vote L@bour').text).toBe('vote labour');
  });
});
