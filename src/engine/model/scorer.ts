// A stored model (codec.ts) made ready to score. Two ways in, which give the same numbers (a test
// holds them to it): score(features) takes the feature strings of features.ts, as the trainer
// does; scoreText(norm, profile) builds the same features on the fly, one look-up per word and
// word pair in a table per kind of feature, without making a string for every feature. Each
// feature counts once per passage however often it occurs, as in training.
import type { Category } from '../types';
import { forEachWeight, fromBase64, type StoredModel } from './codec';
import { profileFeatures, stem, tokens, type FeatureProfile } from './features';

export interface LearnedModel {
  threshold: number;
  categories: readonly Category[];
  /** Probability per category (same order as `categories`) for a passage's features. */
  score(features: readonly string[]): Float64Array;
  /** The same for a passage of normalised text, without building the feature strings. */
  scoreText(norm: string, profile: FeatureProfile): Float64Array;
}

export function load(source: StoredModel): LearnedModel {
  const names = source.features.split('\n');
  const categories = Object.keys(source.weights) as Category[];
  const width = categories.length;
  // Sparse rows (most features carry weight for only a few categories): feature id's weights are
  // at rowStart[id] … rowStart[id + 1] - 1 of rowCategory and rowWeight.
  // Two passes over the stored bytes (count, then fill) rather than a list of pairs: decoding runs
  // at every service-worker start, and 120,000 small arrays cost more than a second pass.
  const bytes = categories.map((category) => fromBase64(source.weights[category]!));
  const counts = new Uint32Array(names.length + 1);
  for (const b of bytes) forEachWeight(b, (index) => counts[index + 1]!++);
  const rowStart = new Uint32Array(names.length + 1);
  for (let i = 1; i <= names.length; i++) rowStart[i] = rowStart[i - 1]! + counts[i]!;
  const rowCategory = new Uint8Array(rowStart[names.length]!);
  const rowWeight = new Float32Array(rowStart[names.length]!);
  const fill = rowStart.slice(0, names.length);
  bytes.forEach((b, c) => {
    forEachWeight(b, (index, weight) => {
      const at = fill[index]!++;
      rowCategory[at] = c;
      rowWeight[at] = weight;
    });
  });
  // "w:reckless" → words.get('w').get('reckless') = 17; "b:head examining" → pairs.get('b').get('head').get('examining').
  const words = new Map<string, Map<string, number>>();
  const pairs = new Map<string, Map<string, Map<string, number>>>();
  // Every feature by name is needed only by score() (the trainer's path, and tests); scoreText looks
  // up only the profile's few features, so the full table is built on first use.
  let allByName: Map<string, number> | undefined;
  const byName = () => (allByName ??= new Map(names.map((name, id) => [name, id])));
  const profileIds = new Map<string, number>();
  names.forEach((name, id) => {
    const colon = name.indexOf(':');
    if (colon < 0) {
      profileIds.set(name, id);
      return;
    }
    const kind = name.slice(0, colon);
    const rest = name.slice(colon + 1);
    const space = rest.indexOf(' ');
    if (kind === 'b' || kind === 'sb') {
      if (space < 0) return;
      let table = pairs.get(kind);
      if (!table) pairs.set(kind, (table = new Map()));
      const first = rest.slice(0, space);
      let seconds = table.get(first);
      if (!seconds) table.set(first, (seconds = new Map()));
      seconds.set(rest.slice(space + 1), id);
      return;
    }
    if (kind !== 'w' && kind !== 'cw' && kind !== 'pw' && kind !== 's') {
      profileIds.set(name, id);
      return;
    }
    let table = words.get(kind);
    if (!table) words.set(kind, (table = new Map()));
    table.set(rest, id);
  });
  const none = new Map<string, never>();
  const [W, CW, PW, S] = ['w', 'cw', 'pw', 's'].map((kind) => words.get(kind) ?? none);
  // One look-up per word for its three word features: [w, cw, pw], -1 where the model has none.
  const WORD = new Map<string, Int32Array>();
  for (const [table, slot] of [[W!, 0], [CW!, 1], [PW!, 2]] as const) {
    for (const [word, id] of table) {
      let ids = WORD.get(word);
      if (!ids) WORD.set(word, (ids = Int32Array.of(-1, -1, -1)));
      ids[slot] = id;
    }
  }
  const B = pairs.get('b') ?? new Map<string, Map<string, number>>();
  const SB = pairs.get('sb') ?? new Map<string, Map<string, number>>();

  // Which features a passage has already counted: a stamp per feature, bumped per passage.
  const seen = new Uint32Array(names.length);
  let stamp = 0;

  const finish = (z: Float64Array) => {
    for (let c = 0; c < width; c++) z[c] = 1 / (1 + Math.exp(-z[c]!));
    return z;
  };
  const add = (z: Float64Array, id: number | undefined) => {
    if (id === undefined || seen[id] === stamp) return;
    seen[id] = stamp;
    for (let at = rowStart[id]!, end = rowStart[id + 1]!; at < end; at++) z[rowCategory[at]!]! += rowWeight[at]!;
  };
  const nextStamp = () => {
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
  };

  return {
    threshold: source.threshold,
    categories,
    score(features) {
      nextStamp();
      const z = new Float64Array(width);
      const ids = byName();
      for (const feature of features) add(z, ids.get(feature));
      return finish(z);
    },
    scoreText(norm, profile) {
      nextStamp();
      const z = new Float64Array(width);
      for (const feature of profileFeatures(profile)) add(z, profileIds.get(feature));
      const tagged = profile.account === 'corporate' ? 1 : 2;
      const words = tokens(norm);
      let previous: string | undefined;
      let previousStem: string | undefined;
      for (const word of words) {
        const wordStem = stem(word);
        const ids = WORD.get(word);
        if (ids) {
          if (ids[0]! >= 0) add(z, ids[0]);
          if (ids[tagged]! >= 0) add(z, ids[tagged]);
        }
        add(z, S!.get(wordStem));
        if (previous !== undefined) {
          add(z, B.get(previous)?.get(word));
          add(z, SB.get(previousStem!)?.get(wordStem));
        }
        previous = word;
        previousStem = wordStem;
      }
      return finish(z);
    },
  };
}
