// Reading what the user named: files or standard input, as JSONL, CSV or plain text. The kind is
// --input when given, else the extension (.jsonl/.ndjson, .csv, .txt/.md); anything else,
// standard input included, is sniffed: JSONL when every non-blank line is a JSON object, else
// text. Problems come back in file order beside the records, so --keep-going can go on.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { InputKind } from './args';
import { readCsv } from './csv-input';
import { InputError } from './input-error';
import { looksLikeJsonl, readJsonl } from './jsonl-input';
import type { DateOrder } from './posted-at';
import type { RawRecord } from './raw-record';

export const STDIN_NAME = '<stdin>';

const BY_EXTENSION: Record<string, InputKind> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
};

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
};

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export function decideKind(path: string, content: string, forced: InputKind | undefined): InputKind {
  if (forced) return forced;
  const byExtension = path === '-' ? undefined : BY_EXTENSION[extname(path).toLowerCase()];
  return byExtension ?? (looksLikeJsonl(content) ? 'jsonl' : 'text');
}

export interface ReadOptions {
  input?: InputKind;
  dateOrder: DateOrder;
}

/** Every record of one file (or of standard input, for "-"), with its problems, in file order. */
export async function readInput(path: string, options: ReadOptions, stdin: NodeJS.ReadableStream): Promise<(RawRecord | InputError)[]> {
  const file = path === '-' ? STDIN_NAME : path;
  let content: string;
  try {
    content = path === '-' ? await readAll(stdin) : await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
    return [new InputError({ file }, `cannot read ${JSON.stringify(path)}: ${reason}`, undefined, false)];
  }
  switch (decideKind(path, content, options.input)) {
    case 'jsonl':
      return readJsonl(file, content);
    case 'csv':
      return readCsv(file, content, options.dateOrder);
    case 'text':
      // The whole file is one draft; a byte-order mark is not part of what would be posted.
      return [{ file, line: 1, fields: { text: content.replace(/^\uFEFF/, '') }, defaultId: file }];
  }
}
