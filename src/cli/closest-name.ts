// "Did you mean": the known name closest to a mistyped one, by edit distance, for flags and
// JSONL field names. Only near misses are suggested, so unrelated names stay quiet.

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest of `known` to `given`, when it is within a typo or two (case aside); else undefined. */
export function closestName(given: string, known: readonly string[]): string | undefined {
  const lower = given.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = distance(lower, name.toLowerCase());
    if (!best || d < best.d) best = { name, d };
  }
  const allowed = lower.length < 6 ? 1 : 2;
  return best && best.d <= allowed && best.name !== given ? best.name : undefined;
}
