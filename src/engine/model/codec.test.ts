import { describe, expect, it } from 'vitest';
import { MAX_WEIGHT, encodeWeights, forEachWeight, fromBase64, toBase64, type StoredModel } from './codec';
import { load } from './scorer';
import stored from './weights.json';

describe('the stored weights', () => {
  it('round-trip through bytes and base64, within the quantisation step', () => {
    const pairs: [number, number][] = [[0, -1.2], [3, 0.04], [200, 0.5], [20_000, -0.021], [20_001, 2.4], [1_000_000, MAX_WEIGHT + 1]];
    const back: [number, number][] = [];
    forEachWeight(fromBase64(toBase64(encodeWeights(pairs))), (index, weight) => back.push([index, weight]));
    expect(back.map(([index]) => index)).toEqual(pairs.map(([index]) => index));
    back.forEach(([, weight], i) => {
      const wanted = Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, pairs[i]![1]));
      // A square-root scale: steps grow with the weight, about 2·sqrt(w·MAX)/127.
      expect(Math.abs(weight - wanted)).toBeLessThanOrEqual(2 * Math.sqrt(Math.abs(wanted) * MAX_WEIGHT) / 127 + 1e-3);
    });
  });

  it('load for every category, from the corpora the trainer names, with the blind test corpora left out', () => {
    const model = stored as StoredModel;
    expect(Object.keys(model.weights)).toHaveLength(15);
    expect(model.trainedOn.some((file) => file.includes('blind-'))).toBe(false);
    expect(model.trainedOn.length).toBeGreaterThanOrEqual(14);
    expect(model.drafts).toBeGreaterThan(2_000);
    const scorer = load(model);
    const scores = scorer.score(['bias']);
    expect(scores).toHaveLength(15);
    for (const score of scores) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThan(1);
    }
  });
});
