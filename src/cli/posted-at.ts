// Reading when a post goes out. The engine wants the wall-clock time as ISO 8601 local time
// ("2026-02-10T22:07:00"); content calendars write it in many ways. Hootsuite's bulk-upload CSV,
// for one, has "Date" and "Time" columns (or one column with both) in day/month/year or
// month/day/year order depending on the account's settings, with 24-hour or am/pm times.
import { FieldProblem } from './input-error';

/** Which number comes first in a date like 03/04/2026: UK calendars use day-month-year. */
export type DateOrder = 'dmy' | 'mdy';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const CLOCK = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\.\d+)?\s*(am|pm|a\.m\.|p\.m\.)?$/i;
// A zone suffix is dropped: the wall-clock time is what the rules read (see Draft.postedAt).
// Only after a clock time, so the year of "14-03-2026" is not taken for a zone.
const ZONE = /(?<=\d:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseCalendarDate(value: string, order: DateOrder): CalendarDate {
  const text = value.trim();
  let m = ISO_DATE.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDate(year, month, day)) return { year, month, day };
    throw new FieldProblem(`${JSON.stringify(value)} is not a date in the calendar`);
  }
  m = NUMERIC_DATE.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    if (validDate(year, month, day)) return { year, month, day };
    // The commonest cause: a US-ordered calendar read as UK order, or the other way round.
    const swapped = order === 'dmy' ? validDate(year, first, second) : validDate(year, second, first);
    const hint = swapped
      ? ` (read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}; if this calendar writes ${order === 'dmy' ? 'month/day/year' : 'day/month/year'}, add --date-order ${order === 'dmy' ? 'mdy' : 'dmy'})`
      : '';
    throw new FieldProblem(`${JSON.stringify(value)} is not a date in the calendar${hint}`);
  }
  throw new FieldProblem(`expected a date such as "2026-03-14" or "14/03/2026", got ${JSON.stringify(value)}`);
}

export function parseClockTime(value: string): ClockTime {
  const m = CLOCK.exec(value.trim());
  if (m) {
    let hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    const second = m[3] === undefined ? 0 : Number(m[3]);
    const meridiem = m[4]?.toLowerCase().replace(/\./g, '');
    // A bare hour ("14") is too easily a typo; an hour alone needs am/pm ("2pm").
    const complete = m[2] !== undefined || meridiem !== undefined;
    if (meridiem) {
      if (hour >= 1 && hour <= 12) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
      else hour = 99;
    }
    if (complete && hour <= 23 && minute <= 59 && second <= 59) return { hour, minute, second };
  }
  throw new FieldProblem(`expected a time such as "14:30" or "2:30pm", got ${JSON.stringify(value)}`);
}

export function toLocalIso(date: CalendarDate, time: ClockTime): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
}

/**
 * A date with an optional time, in one string: "2026-02-10T22:07:00", "2026-02-10 22:07",
 * "10/02/2026 22:07", "10/02/2026 10:07 pm". Without a time, midday (as the engine assumes).
 */
export function parsePostedAt(value: string, order: DateOrder): string {
  const text = value.trim().replace(ZONE, '');
  const split = /^(\S+?)(?:[T\s,]+(.+))?$/i.exec(text);
  if (!split) throw new FieldProblem(`expected a date and time such as "2026-03-14T09:30", got ${JSON.stringify(value)}`);
  const date = parseCalendarDate(split[1]!, order);
  const time = split[2] === undefined ? { hour: 12, minute: 0, second: 0 } : parseClockTime(split[2]);
  return toLocalIso(date, time);
}

/** Now, as local wall-clock time. */
export function localIsoNow(now: Date = new Date()): string {
  return toLocalIso(
    { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
    { hour: now.getHours(), minute: now.getMinutes(), second: now.getSeconds() },
  );
}
