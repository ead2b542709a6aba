// Output for people: each draft that has something to say, then each finding with where it is,
// the passage marked in its context, the message, a safer wording, who it is aimed at and the
// source; then one summary line.
import type { Finding, Severity } from '../engine/index';
import { excerptOf, positionOf, printable } from './excerpt';
import type { Checkable } from './records';
import type { Style } from './style';

const PAD = Math.max('serious'.length, 'warning'.length);

function header(item: Checkable, style: Style): string {
  // A text file is one draft: its name is enough. A record also gets its id when that says more
  // than the line number does.
  const where = item.id === item.file ? item.file : `${item.file}:${item.line}`;
  const id = item.id === item.file || item.id === item.line ? '' : ` (id ${printable(String(item.id))})`;
  return style.heading(`${where}${id}`);
}

function formatFinding(text: string, finding: Finding, style: Style): string {
  const { line, column } = positionOf(text, finding.start);
  const excerpt = excerptOf(text, finding.start, finding.end);
  const passage = excerpt.passage || '…';
  const lines = [
    `  ${style.severity(finding.severity, finding.severity.padEnd(PAD))}  ${finding.category}/${finding.rule}  ${style.quiet(`${line}:${column}`)}`,
    `      ${excerpt.before}${style.mark(finding.severity, passage)}${excerpt.after}`,
    `      ${finding.message}`,
  ];
  if (finding.suggestion) lines.push(`      Safer: ${finding.suggestion}`);
  if (finding.advice) lines.push(`      What to do: ${finding.advice}`);
  if (finding.target) lines.push(`      Aimed at: ${finding.target}`);
  lines.push(`      ${style.quiet(`Source: ${finding.source}`)}`);
  return lines.join('\n');
}

/** A draft's block, or '' when none of its findings reach `minSeverity`. */
export function formatDraft(item: Checkable, findings: readonly Finding[], shown: (severity: Severity) => boolean, style: Style): string {
  const visible = findings.filter((finding) => shown(finding.severity));
  if (visible.length === 0) return '';
  return `${header(item, style)}\n${visible.map((finding) => formatFinding(item.draft.text, finding, style)).join('\n')}\n\n`;
}

export interface Tally {
  checked: number;
  /** Drafts with something at warning or above. */
  raised: number;
  /** Of those, drafts with something serious. */
  serious: number;
  /** Records that could not be read (with --keep-going). */
  unreadable: number;
}

const drafts = (n: number) => `${n} draft${n === 1 ? '' : 's'}`;

/** "3 drafts checked: 2 with warnings (1 serious), 1 clean". */
export function formatSummary(tally: Tally): string {
  const parts: string[] = [];
  if (tally.raised) parts.push(`${tally.raised} with warnings${tally.serious ? ` (${tally.serious} serious)` : ''}`);
  const clean = tally.checked - tally.raised;
  if (clean || !tally.raised) parts.push(`${clean} clean`);
  const unreadable = tally.unreadable ? `; ${tally.unreadable} record${tally.unreadable === 1 ? '' : 's'} could not be read` : '';
  return `${drafts(tally.checked)} checked: ${parts.join(', ')}${unreadable}\n`;
}
