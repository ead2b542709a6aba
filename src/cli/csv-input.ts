// CSV content calendars: a header row, then one post a row. The text is in a "text" or "message"
// column (Hootsuite's bulk-upload CSV says "Message"); a "link"/"url" column is appended to it, as
// Hootsuite does when it posts; the posting time comes from a "postedAt"/"scheduled" column or
// from "date" and "time" columns (or a "date" column holding both). Other columns carry the
// Draft and Profile fields by name; columns we do not know (images, tags) are ignored.
import { parse } from 'csv-parse/sync';
import { FieldProblem, InputError } from './input-error';
import { parseCalendarDate, parseClockTime, parsePostedAt, toLocalIso, type DateOrder } from './posted-at';
import type { RawRecord } from './raw-record';

/** Header, folded (lower case, letters and digits only) → field. */
const COLUMNS: Record<string, string> = {
  id: 'id',
  text: 'text',
  message: 'message',
  link: 'link',
  url: 'link',
  postedat: 'postedAt',
  scheduled: 'postedAt',
  scheduledat: 'postedAt',
  scheduledfor: 'postedAt',
  datetime: 'postedAt',
  dateandtime: 'postedAt',
  date: 'date',
  time: 'time',
  platform: 'platform',
  network: 'platform',
  kind: 'kind',
  quoted: 'quoted',
  thread: 'thread',
  account: 'account',
  role: 'role',
  restricted: 'restricted',
  employer: 'employer',
  electionperiod: 'electionPeriod',
};

const fold = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

interface ParsedRow {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Which column holds each field (the first one, when a header repeats). */
function mapHeader(header: string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const field = COLUMNS[fold(name)];
    if (field && !columns.has(field)) columns.set(field, index);
  });
  // "text" wins over "message" when a calendar has both.
  if (!columns.has('text') && columns.has('message')) columns.set('text', columns.get('message')!);
  columns.delete('message');
  return columns;
}

/** The posting time of a row, as local ISO time; a bad cell is an InputError naming its column. */
function postedAtOf(
  cell: (field: string) => string | undefined,
  label: (field: string) => string,
  place: { file: string; line: number },
  order: DateOrder,
  today: Date,
): string | undefined {
  const read = <T>(field: string, parseCell: () => T): T => {
    try {
      return parseCell();
    } catch (error) {
      if (error instanceof FieldProblem) throw new InputError(place, error.message, label(field));
      throw error;
    }
  };
  const whole = cell('postedAt');
  if (whole?.trim()) return read('postedAt', () => parsePostedAt(whole, order));
  const date = cell('date')?.trim();
  const time = cell('time')?.trim();
  if (!date && !time) return undefined;
  // A "date" column may hold the time too ("14/03/2026 09:30"), as in Hootsuite's template.
  if (date && !time) return read('date', () => parsePostedAt(date, order));
  const clock = read('time', () => parseClockTime(time!));
  // A time with no date: the post goes out today.
  const day = date
    ? read('date', () => parseCalendarDate(date, order))
    : { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  return toLocalIso(day, clock);
}

export function readCsv(file: string, content: string, order: DateOrder, today = new Date()): (RawRecord | InputError)[] {
  const out: (RawRecord | InputError)[] = [];
  // With CRLF turned into LF first, csv-parse's line count is exact, and a multi-line message
  // keeps plain line breaks, as the social site will store it.
  const text = content.replace(/\r\n/g, '\n');
  let rows: ParsedRow[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      skip_records_with_error: true,
      on_skip: (error: Error & { lines?: number } | undefined) => {
        if (error) out.push(new InputError({ file, line: error.lines ?? 0 }, `not valid CSV (${error.message.replace(/ at line \d+/, '')})`));
      },
    }) as unknown as ParsedRow[];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message.replace(/ at line \d+/, '') : String(error);
    return [new InputError(lines === undefined ? { file } : { file, line: lines }, `not valid CSV (${reason})`)];
  }
  const [headerRow, ...body] = rows;
  if (!headerRow) return out;
  const header = headerRow.record;
  const columns = mapHeader(header);
  if (!columns.has('text')) {
    return [
      new InputError(
        { file, line: 1 },
        `the header row needs a "text" or "message" column; found ${header.map((h) => JSON.stringify(h)).join(', ')}`,
      ),
    ];
  }
  const label = (field: string) => header[columns.get(field)!] ?? field;
  for (const row of body) {
    // info.lines is the line the record ends on; count back over the line breaks inside it. The
    // raw text also carries the empty lines skipped just before the record: those do not count.
    const breaksInside = (row.raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g) ?? []).length;
    const line = row.info.lines - breaksInside;
    const cell = (field: string) => {
      const index = columns.get(field);
      return index === undefined ? undefined : row.record[index];
    };
    const fields: Record<string, unknown> = {};
    const labels: Record<string, string> = {};
    for (const [field, index] of columns) {
      if (['link', 'date', 'time'].includes(field)) continue;
      fields[field] = row.record[index];
      labels[field] = header[index] ?? field;
    }
    const link = cell('link')?.trim();
    const message = String(fields.text ?? '');
    if (link) fields.text = message === '' || /\s$/.test(message) ? `${message}${link}` : `${message} ${link}`;
    try {
      const postedAt = postedAtOf(cell, label, { file, line }, order, today);
      if (postedAt === undefined) delete fields.postedAt;
      else fields.postedAt = postedAt;
    } catch (error) {
      if (error instanceof InputError) {
        out.push(error);
        continue;
      }
      throw error;
    }
    out.push({ file, line, fields, labels, defaultId: line });
  }
  // Skipped rows were reported as they were met; keep everything in file order.
  return out.sort((a, b) => lineOf(a) - lineOf(b));
}

function lineOf(item: RawRecord | InputError): number {
  return item instanceof InputError ? item.place.line ?? 0 : item.line;
}
