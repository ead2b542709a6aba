import { describe, expect, it } from 'vitest';
import { parseAccount, parseBoolean, parseId, parsePlatform, parseText, parseThread } from './fields';

describe('field parsers', () => {
  it('accept true/false/yes/no/1/0 in any case, and JSON booleans', () => {
    expect(['TRUE', 'yes', '1', ' Yes ', true, 1].map(parseBoolean)).toEqual([true, true, true, true, true, true]);
    expect(['false', 'No', '0', false, 0].map(parseBoolean)).toEqual([false, false, false, false, false]);
    expect([undefined, null, '', '  '].map(parseBoolean)).toEqual([undefined, undefined, undefined, undefined]);
    expect(() => parseBoolean('maybe')).toThrow('expected true or false (or yes/no, 1/0), got "maybe"');
    expect(() => parseBoolean(2)).toThrow('got number 2');
  });

  it('name the choices and what was given', () => {
    expect(parseAccount(' Corporate ')).toBe('corporate');
    expect(() => parseAccount('corprate')).toThrow('expected "corporate" or "personal", got "corprate"');
    expect(() => parsePlatform('myspace')).toThrow(/expected one of "x", "facebook", .* or "other", got "myspace"/);
    expect(parsePlatform('Twitter')).toBe('x');
  });

  it('keep ids as given and insist on text', () => {
    expect(parseId(7)).toBe(7);
    expect(parseId('07')).toBe('07');
    expect(() => parseId({})).toThrow('expected a string or a number, got an object');
    expect(parseText('')).toBe('');
    expect(() => parseText(undefined)).toThrow(/missing/);
    expect(() => parseText(42)).toThrow('expected text, got number 42');
  });

  it('read a thread position in either form', () => {
    expect(parseThread('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseThread({ index: 1, count: 3 })).toEqual({ index: 1, count: 3 });
    expect(() => parseThread('6/5')).toThrow(/expected a position/);
  });
});
