// Which findings stop a send (DESIGN.md "Severity"): a serious finding, or a warning aimed at a
// named target. Info never does; a clean post is never stopped.
import type { Finding, Severity } from '../engine/types';

const RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };

/**
 * The findings that stop the send, worst first (then in reading order). With `signOff` (a corporate
 * account whose organisation requires a sign-off name), any warning stops it.
 */
export function findingsThatStopSend(findings: readonly Finding[], options: { signOff?: boolean } = {}): Finding[] {
  return findings
    .filter((finding) => finding.severity === 'serious' || (finding.severity === 'warning' && (options.signOff === true || Boolean(finding.target?.trim()))))
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.start - b.start);
}

/** Who the post is aimed at, each named once, in the order the findings name them. */
export function targetsOf(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  const targets: string[] = [];
  for (const finding of findings) {
    const target = finding.target?.trim();
    if (target && !seen.has(target.toLowerCase())) {
      seen.add(target.toLowerCase());
      targets.push(target);
    }
  }
  return targets;
}
