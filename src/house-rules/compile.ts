// A validated house rule → an engine Rule (src/engine/types.ts), run by check() after the built-in
// rules through Profile.extraRules.
//
// Phrases (existence, substitution) match on the normalised text, like the built-in lexicons: case,
// curly quotes, accents, look-alike letters and "T0ries"-style digits do not hide a phrase. They
// are literal text, escaped, so a phrase list can never make a slow regular expression.
// Patterns run with re2js over the ORIGINAL text (what the author wrote them against), in linear
// time whatever the pattern: RE2 has no backtracking, so "(a+)+$" cannot freeze the worker.
import { RE2JS } from 're2js';
import { normalise } from '../engine/normalise';
import type { CheckContext } from '../engine/context';
import type { Citation, Rule, RuleHit } from '../engine/types';
import type { HouseRule, HouseRuleOrigin, PatternRule } from './schema';

/** Enough to make the point; a rule that matches everywhere must not flood the panel. */
export const MAX_HITS_PER_RULE = 50;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A phrase as the normalised text will hold it, white space matching any run of white space. */
function phraseSource(phrase: string): string {
  const folded = normalise(phrase.trim()).text;
  return folded.split(/\s+/).filter(Boolean).map(escapeRegExp).join('\\s+');
}

/**
 * One regular expression for a list of phrases, longest first so "off the record briefing" wins
 * over "off the record"; a phrase matches only as whole words (no "leaked" inside "unleaked").
 */
export function phraseMatcher(phrases: readonly string[]): { re: RegExp; keyOf: (matched: string) => string | undefined } {
  const entries = phrases
    .map((phrase) => ({ phrase, source: phraseSource(phrase) }))
    .filter((entry) => entry.source.length > 0)
    .sort((a, b) => b.source.length - a.source.length);
  const byFolded = new Map<string, string>();
  for (const { phrase } of entries) byFolded.set(foldKey(normalise(phrase.trim()).text), phrase);
  const body = entries.map((entry) => entry.source).join('|') || '(?!)';
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'gu');
  return { re, keyOf: (matched) => byFolded.get(foldKey(matched)) };
}

function foldKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Vale's convention: each "%s" in the message takes the next value ("Use '%s' instead of '%s'"). */
export function fillMessage(message: string, values: readonly string[]): string {
  let next = 0;
  return message.replace(/%s/g, () => values[next++] ?? '');
}

/** "Leaked" → "Shared"-style: a swap keeps the capital of the passage it replaces. */
function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0);
  if (first && first !== first.toLowerCase() && replacement.charAt(0) === replacement.charAt(0).toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

function citationOf(rule: HouseRule, origin: HouseRuleOrigin): Citation {
  const owner = origin === 'organisation' ? "Your organisation's house rules" : 'Your own house rules';
  return {
    source: rule.link ? `${owner}: ${rule.link}` : owner,
    quote: origin === 'organisation' ? `A rule your organisation set for posts: "${rule.message}"` : `A rule you set for your posts: "${rule.message}"`,
  };
}

function appliesTo(rule: HouseRule, ctx: CheckContext): boolean {
  return !rule.accounts || rule.accounts.length === 0 || rule.accounts.includes(ctx.profile.account);
}

function phraseHits(rule: HouseRule & { kind: 'existence' | 'substitution' }, ctx: CheckContext, matcher: ReturnType<typeof phraseMatcher>): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const match of ctx.matches(matcher.re)) {
    if (hits.length >= MAX_HITS_PER_RULE) break;
    const original = ctx.text.slice(match.start, match.end);
    const hit: RuleHit = { start: match.start, end: match.end, severity: rule.severity, category: rule.category, message: '' };
    if (rule.kind === 'substitution') {
      const key = matcher.keyOf(match.text);
      const swap = key === undefined ? undefined : rule.swap[key];
      if (swap !== undefined) hit.suggestion = matchCase(swap, original);
      hit.message = fillMessage(rule.message, [swap ?? '', original]);
    } else {
      hit.message = fillMessage(rule.message, [original]);
    }
    hits.push(hit);
  }
  return hits;
}

function patternHits(rule: PatternRule, ctx: CheckContext, compiled: RE2JS): RuleHit[] {
  const hits: RuleHit[] = [];
  const matcher = compiled.matcher(ctx.text);
  while (hits.length < MAX_HITS_PER_RULE && matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end <= start) continue; // an empty match marks nothing; find() moves on by itself
    hits.push({ start, end, severity: rule.severity, category: rule.category, message: fillMessage(rule.message, [ctx.text.slice(start, end)]) });
  }
  return hits;
}

/**
 * Compiles a rule that validate.ts accepted. Throws only if given one it did not (a pattern RE2
 * cannot parse); compileHouseRules() is the safe entry point for lists.
 */
export function compileHouseRule(rule: HouseRule, origin: HouseRuleOrigin = 'user'): Rule {
  const citation = citationOf(rule, origin);
  const base = {
    id: rule.id,
    category: rule.category,
    citation,
    examples: { bad: [], good: [] },
    phase: 'primary' as const,
  };
  if (rule.enabled === false) {
    return { ...base, description: `${rule.message} (switched off)`, check: () => [] };
  }
  switch (rule.kind) {
    case 'existence': {
      const matcher = phraseMatcher(rule.phrases);
      return { ...base, description: `Flags: ${rule.phrases.join(', ')}`, check: (ctx) => (appliesTo(rule, ctx) ? phraseHits(rule, ctx, matcher) : []) };
    }
    case 'substitution': {
      const matcher = phraseMatcher(Object.keys(rule.swap));
      return {
        ...base,
        description: `Suggests: ${Object.entries(rule.swap).map(([from, to]) => `${from} → ${to}`).join(', ')}`,
        check: (ctx) => (appliesTo(rule, ctx) ? phraseHits(rule, ctx, matcher) : []),
      };
    }
    case 'pattern': {
      const compiled = RE2JS.compile(rule.pattern, rule.ignoreCase === false ? 0 : RE2JS.CASE_INSENSITIVE);
      return { ...base, description: `Matches /${rule.pattern}/`, check: (ctx) => (appliesTo(rule, ctx) ? patternHits(rule, ctx, compiled) : []) };
    }
  }
}
