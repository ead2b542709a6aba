// The shipped model: src/engine/model/weights.json, written by scripts/train-model.mjs, decoded
// on the first check that needs it and kept for the life of the worker or process.
import type { StoredModel } from './codec';
import { load, type LearnedModel } from './scorer';
import stored from './weights.json';

export type { LearnedModel } from './scorer';

let model: LearnedModel | undefined;

export function learnedModel(): LearnedModel {
  return (model ??= load(stored as StoredModel));
}
