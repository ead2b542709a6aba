import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-input';
import { InputError } from './input-error';
import type { RawRecord } from './raw-record';

const records = (entries: (RawRecord | InputError)[]) => entries.filter((e): e is RawRecord => !(e instanceof InputError));
const problems = (entries: (RawRecord | InputError)[]) => entries.filter((e) => e instanceof InputError).map((e) => e.message);

describe('readCsv', () => {
  it('reads a Hootsuite bulk-upload calendar: Date, Time, Message, Link', () => {
    const out = readCsv('cal.csv', 'Date,Time,Message,Link\n14/03/2026,09:30,"Hello, world",https://example.org\n15/03/2026,,Second,\n', 'dmy');
    expect(records(out).map((r) => [r.line, r.fields])).toEqual([
      [2, { text: 'Hello, world https://example.org', postedAt: '2026-03-14T09:30:00' }],
      [3, { text: 'Second', postedAt: '2026-03-15T12:00:00' }],
    ]);
  });

  it('reads a "date" column that holds the time too, and a time with no date as today', () => {
    const today = new Date(2026, 5, 1);
    expect(records(readCsv('c.csv', 'date,message\n14/03/2026 21:15,hi\n', 'dmy'))[0]!.fields.postedAt).toBe('2026-03-14T21:15:00');
    expect(records(readCsv('c.csv', 'time,message\n8:00am,hi\n', 'dmy', today))[0]!.fields.postedAt).toBe('2026-06-01T08:00:00');
    expect(records(readCsv('c.csv', 'postedAt,text\n2026-03-14T07:00:00,hi\n', 'dmy'))[0]!.fields.postedAt).toBe('2026-03-14T07:00:00');
  });

  it('maps other columns by name, case and spacing aside, and labels them as written', () => {
    const [record] = records(readCsv('c.csv', 'ID,Text,Account,Election Period,Unknown\nx1,hello,corporate,yes,whatever\n', 'dmy'));
    expect(record!.fields).toEqual({ id: 'x1', text: 'hello', account: 'corporate', electionPeriod: 'yes' });
    expect(record!.labels).toMatchObject({ account: 'Account', electionPeriod: 'Election Period' });
  });

  it('gives each row the line it starts on, across quoted newlines, CRLF and a BOM', () => {
    const out = readCsv('c.csv', '\uFEFFtext\r\n"a\r\nb\r\nc"\r\n\r\nd\r\n', 'dmy');
    expect(records(out).map((r) => [r.line, r.fields.text])).toEqual([[2, 'a\nb\nc'], [6, 'd']]);
  });

  it('skips rows where every cell is empty', () => {
    expect(records(readCsv('c.csv', 'text,account\n,,\nhi,\n', 'dmy')).map((r) => r.line)).toEqual([3]);
    expect(records(readCsv('c.csv', 'text,b\n\n\n,\n\n"a\nb",\n', 'dmy')).map((r) => r.line)).toEqual([6]);
  });

  it('names the header row when there is no text or message column', () => {
    expect(problems(readCsv('c.csv', 'Body,Date\nhi,1/1/2026\n', 'dmy'))).toEqual([
      'c.csv:1: the header row needs a "text" or "message" column; found "Body", "Date"',
    ]);
  });

  it('reports a malformed row by line and reads the rows after it', () => {
    const out = readCsv('c.csv', 'text\nfine\n"bad "quote"\nafter\n', 'dmy');
    expect(problems(out)).toEqual([expect.stringMatching(/^c\.csv:3: not valid CSV \(Invalid Closing Quote/)]);
    expect(records(out).map((r) => r.fields.text)).toEqual(['fine', 'after']);
  });

  it('names the date or time column as written when a cell cannot be read', () => {
    expect(problems(readCsv('c.csv', 'Message,Date,Time\nhi,14/03/2026,25:00\n', 'dmy'))).toEqual([
      'c.csv:2: field "Time": expected a time such as "14:30" or "2:30pm", got "25:00"',
    ]);
  });
});
