// How human output is dressed: ANSI colour on a terminal, plain text with [[ ]] round the passage
// everywhere else (a file, a CI log, a pipe), so the marked passage survives copy and paste.
import type { Severity } from '../engine/index';

export interface Style {
  heading(text: string): string;
  quiet(text: string): string;
  severity(severity: Severity, text: string): string;
  /** The passage a finding is about, within its excerpt. */
  mark(severity: Severity, text: string): string;
}

const ansi = (open: string, text: string) => `\u001b[${open}m${text}\u001b[0m`;
const COLOURS: Record<Severity, string> = { info: '36', warning: '33', serious: '1;31' };

export const colourStyle: Style = {
  heading: (text) => ansi('1', text),
  quiet: (text) => ansi('2', text),
  severity: (severity, text) => ansi(COLOURS[severity], text),
  mark: (severity, text) => ansi(`4;${COLOURS[severity]}`, text),
};

export const plainStyle: Style = {
  heading: (text) => text,
  quiet: (text) => text,
  severity: (_severity, text) => text,
  mark: (_severity, text) => `[[${text}]]`,
};

/**
 * Colour when forced with --color/--no-color; otherwise only on a terminal, and never when
 * NO_COLOR is set to anything (https://no-color.org) or the terminal is "dumb".
 */
export function wantsColour(forced: boolean | undefined, isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (forced !== undefined) return forced;
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}
