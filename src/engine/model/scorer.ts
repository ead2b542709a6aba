// A stored model (codec.ts) made ready to score. Two ways in, which give the same numbers (a test
// holds them to it): score(features) takes the feature strings of features.ts, as the trainer
// does; scoreText(norm, profile) builds the same features on the fly, one look-up per word and
// word pair in a table per kind of feature, without making a string for every feature. Each
// feature counts once per passage however often it occurs, as in training.
import type { Category } from '../types';
import { forEachWeight, fromBase64, type StoredModel } from './codec';
import { profileFeatures, stem, tokens, tokensAt, type FeatureProfile } from './features';

export interface LearnedModel {
  threshold: number;
  categories: readonly Category[];
  /** Probability per category (same order as `categories`) for a passage's features. */
  score(features: readonly string[]): Float64Array;
  /** The same for a passage of normalised text, without building the feature strings. */
  scoreText(norm: string, profile: FeatureProfile): Float64Array;
  /**
   * A passage's score (the same as scoreText's) and, on demand, the score of each part of it
   * (ranges of norm, such as its sentences) as if scored alone, from one reading of its words.
   */
  scoreParts(norm: string, profile: FeatureProfile, parts: readonly (readonly [number, number])[]): ScoredParts;
}

export interface ScoredParts {
  total: Float64Array;
  part(k: number): Float64Array;
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
  // One entry per word the model knows, and one per word stem: a word's ids for "w:", "cw:" and
  // "pw:" (-1 where it has none), a stem's id for "s:", and the pairs ("b:", "sb:") each starts,
  // keyed by the entry of the second word. So a word costs one look-up by its text (two when only
  // its stem is known), and its pairs look-ups by identity.
  // "b:head examining" → VOCAB.get('head').next.get(VOCAB.get('examining')) = its id.
  // The ids are plain fields, not a typed array each: tens of thousands of entries are built at every
  // worker start, and a small array apiece is most of that start's garbage.
  interface Entry {
    /** Slot 0: "w:" for a word, "s:" for a stem; slots 1 and 2: "cw:" and "pw:". */
    id0: number;
    id1: number;
    id2: number;
    next?: Map<Entry, number>;
    stem?: Entry | null;
  }
  const VOCAB = new Map<string, Entry>();
  const STEMS = new Map<string, Entry>();
  const entry = (table: Map<string, Entry>, text: string) => {
    let e = table.get(text);
    if (!e) table.set(text, (e = { id0: -1, id1: -1, id2: -1 }));
    return e;
  };
  const setSlot = (e: Entry, slot: number, id: number) => {
    if (slot === 0) e.id0 = id;
    else if (slot === 1) e.id1 = id;
    else e.id2 = id;
  };
  const WORD_SLOT: Record<string, number> = { w: 0, cw: 1, pw: 2 };
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
    if (kind === 'b' || kind === 'sb') {
      const space = rest.indexOf(' ');
      if (space < 0) return;
      const table = kind === 'b' ? VOCAB : STEMS;
      const first = entry(table, rest.slice(0, space));
      (first.next ??= new Map()).set(entry(table, rest.slice(space + 1)), id);
      return;
    }
    if (kind === 's') {
      entry(STEMS, rest).id0 = id;
      return;
    }
    const slot = WORD_SLOT[kind];
    if (slot === undefined) {
      profileIds.set(name, id);
      return;
    }
    setSlot(entry(VOCAB, rest), slot, id);
  });

  /**
   * The feature ids of each word of a passage, five to a word: w, the word tagged with the account,
   * its stem, and the pair and stem pair it makes with the word before (-1 where the model has none).
   */
  const wordIds = (words: readonly string[], tagged: number) => {
    const ids = new Int32Array(words.length * 5).fill(-1);
    let previous: Entry | undefined;
    let previousStem: Entry | null | undefined;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      const known = VOCAB.get(word);
      let stemEntry: Entry | null | undefined;
      if (known) {
        if (known.stem === undefined) known.stem = STEMS.get(stem(word)) ?? null;
        stemEntry = known.stem;
        ids[k * 5] = known.id0;
        ids[k * 5 + 1] = tagged === 1 ? known.id1 : known.id2;
      } else stemEntry = STEMS.get(stem(word));
      if (stemEntry) ids[k * 5 + 2] = stemEntry.id0;
      if (k > 0) {
        if (known && previous?.next) ids[k * 5 + 3] = previous.next.get(known) ?? -1;
        if (stemEntry && previousStem?.next) ids[k * 5 + 4] = previousStem.next.get(stemEntry) ?? -1;
      }
      previous = known;
      previousStem = stemEntry;
    }
    return ids;
  };

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
  /**
   * Probabilities for words from..to of a passage (wordIds' five ids a word) with the profile's
   * features. The first word of the range starts its own pairs, as it would scored alone.
   */
  const sumWords = (ids: Int32Array, from: number, to: number, profileFeatureIds: readonly (number | undefined)[]) => {
    nextStamp();
    const z = new Float64Array(width);
    for (const id of profileFeatureIds) add(z, id);
    for (let k = from; k < to; k++) {
      for (let f = 0, last = k > from ? 5 : 3; f < last; f++) {
        const id = ids[k * 5 + f]!;
        if (id >= 0) add(z, id);
      }
    }
    return finish(z);
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
    scoreParts(norm, profile, parts) {
      // Each word's feature ids, found once: word, word tagged with the account, stem, and the pair
      // and stem pair it makes with the word before it (-1 where the model has none).
      const { words, starts } = tokensAt(norm);
      const ids = wordIds(words, profile.account === 'corporate' ? 1 : 2);
      const profileFeatureIds = profileFeatures(profile).map((feature) => profileIds.get(feature));
      const sum = (from: number, to: number) => sumWords(ids, from, to, profileFeatureIds);
      const firstAtOrAfter = (at: number) => {
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (starts[mid]! < at) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      return {
        total: sum(0, words.length),
        part: (k) => {
          const [from, to] = parts[k]!;
          return sum(firstAtOrAfter(from), firstAtOrAfter(to));
        },
      };
    },
    scoreText(norm, profile) {
      const words = tokens(norm);
      const profileFeatureIds = profileFeatures(profile).map((feature) => profileIds.get(feature));
      return sumWords(wordIds(words, profile.account === 'corporate' ? 1 : 2), 0, words.length, profileFeatureIds);
    },
  };
}
