// check(draft, profile) → Finding[]: runs every rule, applies the profile's overrides, and returns
// findings sorted by position. It never throws on any input: a rule that fails is skipped, so one
// bad house rule cannot silence the others or stop the service worker.
import { CheckContext } from './context';
import type { Draft, Finding, Profile, Rule, RuleHit, Severity } from './types';
import { rules as builtInRules } from '../rules/index';

const RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Called when a rule throws; the CLI and tests may replace it to surface rule bugs. */
export let onRuleError: (rule: Rule, error: unknown) => void = () => {};
export function setRuleErrorHandler(handler: (rule: Rule, error: unknown) => void): void {
  onRuleError = handler;
}

function toFinding(rule: Rule, hit: RuleHit, profile: Profile, textLength: number): Finding | undefined {
  const override = profile.ruleOverrides?.[rule.id];
  if (override?.enabled === false) return undefined;
  let start = Math.max(0, Math.min(textLength, Math.floor(hit.start)));
  let end = Math.max(start, Math.min(textLength, Math.floor(hit.end)));
  if (!Number.isFinite(start)) start = 0;
  if (!Number.isFinite(end)) end = start;
  const citation = hit.citation ?? rule.citation;
  const finding: Finding = {
    rule: rule.id,
    category: hit.category ?? rule.category,
    severity: override?.severity ?? hit.severity,
    start,
    end,
    message: hit.message,
    why: citation.quote,
    source: citation.source,
  };
  if (hit.suggestion) finding.suggestion = hit.suggestion;
  if (hit.advice) finding.advice = hit.advice;
  if (hit.target) finding.target = hit.target;
  return finding;
}

/** Whether a profile runs a rule: every rule runs unless its override switches it off. */
export function ruleEnabled(profile: Profile, ruleId: string): boolean {
  return profile.ruleOverrides?.[ruleId]?.enabled !== false;
}

function runRule(rule: Rule, ctx: CheckContext, out: Finding[]): void {
  if (!ruleEnabled(ctx.profile, rule.id)) return;
  let hits: RuleHit[];
  try {
    hits = rule.check(ctx);
  } catch (error) {
    onRuleError(rule, error);
    return;
  }
  for (const hit of hits) {
    const finding = toFinding(rule, hit, ctx.profile, ctx.text.length);
    if (finding) out.push(finding);
  }
}

export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || RANK[b.severity] - RANK[a.severity] || a.rule.localeCompare(b.rule);
}

export function check(draft: Draft, profile: Profile, ruleList: readonly Rule[] = builtInRules): Finding[] {
  const ctx = new CheckContext(draft, profile);
  const findings: Finding[] = [];
  const derived: Rule[] = [];
  for (const rule of ruleList) {
    if (rule.phase === 'derived') derived.push(rule);
    else runRule(rule, ctx, findings);
  }
  for (const rule of profile.extraRules ?? []) runRule(rule, ctx, findings);
  // Derived rules run in list order, each seeing what the rules before it found.
  for (const rule of derived) {
    ctx.findings = findings.slice();
    runRule(rule, ctx, findings);
  }
  return withoutDeferred(findings, ruleList).sort(byPosition);
}

/** Drops a deferring rule's findings in the categories other rules raised (Rule.defers). */
function withoutDeferred(findings: Finding[], ruleList: readonly Rule[]): Finding[] {
  const deferring = new Set(ruleList.filter((r) => r.defers).map((r) => r.id));
  if (!deferring.size) return findings;
  // A rule's note (info) is its considered verdict too: a free officer sharing their party's post.
  const raisedByRules = new Set(findings.filter((f) => !deferring.has(f.rule)).map((f) => f.category));
  return findings.filter((f) => !deferring.has(f.rule) || !raisedByRules.has(f.category));
}

/** The worst severity among findings, or undefined when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (!worst || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}
