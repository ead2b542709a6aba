// What the badge says about a set of findings: how many count (warning and above, DESIGN.md
// "Severity"), the worst severity, the spoken label, and the order the panel lists them in.
import type { Finding, Severity } from '../engine/index';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };

export type BadgeSeverity = Severity | 'none';

export interface BadgeSummary {
  /** Findings at warning or above: what the badge shows and `data-count` holds. */
  count: number;
  serious: number;
  warnings: number;
  notes: number;
  worst: BadgeSeverity;
}

export function summarise(findings: readonly Finding[]): BadgeSummary {
  let serious = 0;
  let warnings = 0;
  let notes = 0;
  for (const finding of findings) {
    if (finding.severity === 'serious') serious++;
    else if (finding.severity === 'warning') warnings++;
    else notes++;
  }
  const worst: BadgeSeverity = serious ? 'serious' : warnings ? 'warning' : notes ? 'info' : 'none';
  return { count: serious + warnings, serious, warnings, notes, worst };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "Sense Check: 2 issues (1 warning, 1 serious). Open the list". The visible count is part of the
 * name (WCAG 2.5.3, label in name), so a voice-control user can say "click 2".
 */
export function badgeLabel(summary: BadgeSummary, expanded: boolean): string {
  const parts: string[] = [];
  if (summary.warnings) parts.push(plural(summary.warnings, 'warning', 'warnings'));
  if (summary.serious) parts.push(`${summary.serious} serious`);
  const what = summary.count > 0 ? `${plural(summary.count, 'issue', 'issues')} (${parts.join(', ')})` : plural(summary.notes, 'note', 'notes');
  return `Sense Check: ${what}. ${expanded ? 'Close' : 'Open'} the list`;
}

/** Serious first, then warnings, then info (info only ever appears here); by position within each. */
export function panelOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start || a.end - b.end);
}

export function severityLabel(severity: Severity): string {
  return severity === 'serious' ? 'Serious' : severity === 'warning' ? 'Warning' : 'Note';
}
