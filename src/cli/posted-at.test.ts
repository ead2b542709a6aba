import { describe, expect, it } from 'vitest';
import { FieldProblem } from './input-error';
import { localIsoNow, parseClockTime, parsePostedAt } from './posted-at';

describe('parsePostedAt', () => {
  it('keeps ISO wall-clock time and drops a zone suffix', () => {
    expect(parsePostedAt('2026-02-10T22:07:00', 'dmy')).toBe('2026-02-10T22:07:00');
    expect(parsePostedAt('2026-02-10 22:07', 'dmy')).toBe('2026-02-10T22:07:00');
    expect(parsePostedAt('2026-02-10T22:07:00.000Z', 'dmy')).toBe('2026-02-10T22:07:00');
    expect(parsePostedAt('2026-02-10T22:07+01:00', 'dmy')).toBe('2026-02-10T22:07:00');
  });

  it('reads calendar dates in UK order by default and US order when asked', () => {
    expect(parsePostedAt('03/04/2026 09:30', 'dmy')).toBe('2026-04-03T09:30:00');
    expect(parsePostedAt('03/04/2026 09:30', 'mdy')).toBe('2026-03-04T09:30:00');
    expect(parsePostedAt('14-03-2026', 'dmy')).toBe('2026-03-14T12:00:00'); // no time: midday, as the engine assumes
    expect(parsePostedAt('14.03.26 7:05 PM', 'dmy')).toBe('2026-03-14T19:05:00');
  });

  it('rejects dates that are not in the calendar, hinting at the other order when it would fit', () => {
    expect(() => parsePostedAt('2026-02-30T10:00', 'dmy')).toThrow(/not a date in the calendar/);
    expect(() => parsePostedAt('03/14/2026', 'dmy')).toThrow(/add --date-order mdy/);
    expect(() => parsePostedAt('14/03/2026', 'mdy')).toThrow(/add --date-order dmy/);
    expect(() => parsePostedAt('next Tuesday', 'dmy')).toThrow(FieldProblem);
  });
});

describe('parseClockTime', () => {
  it('reads 24-hour and am/pm times', () => {
    expect(parseClockTime('14:30')).toEqual({ hour: 14, minute: 30, second: 0 });
    expect(parseClockTime('2pm')).toEqual({ hour: 14, minute: 0, second: 0 });
    expect(parseClockTime('12:15 a.m.')).toEqual({ hour: 0, minute: 15, second: 0 });
    expect(parseClockTime('12:15pm')).toEqual({ hour: 12, minute: 15, second: 0 });
  });

  it('rejects impossible or bare times', () => {
    for (const bad of ['25:00', '10:60', '14', '13pm', 'noon']) expect(() => parseClockTime(bad), bad).toThrow(/expected a time/);
  });
});

it('writes now as local ISO time', () => {
  expect(localIsoNow(new Date(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05');
});
