// The shipped model: src/engine/model/weights.json, written by scripts/train-model.mjs, decoded
// on the first check that needs it and kept for the life of the worker or process.
import type { StoredModel } from './codec';
import { load, type LearnedModel } from './scorer';
import stored from './weights.json';

export type { LearnedModel } from './scorer';

let model: LearnedModel | undefined;
let failed = false;

export function learnedModel(): LearnedModel {
  if (model) return model;
  try {
    return (model = load(stored as StoredModel));
  } catch (error) {
    failed = true;
    throw error;
  }
}

/**
 * Whether the model is decoded yet ("ready"), not yet ("unloaded"), or could not be ("failed"). The
 * service worker answers its first check after a start before decoding (about 80 ms of a cold
 * start), then decodes it and answers in full.
 */
export function learnedModelState(): 'unloaded' | 'ready' | 'failed' {
  return model ? 'ready' : failed ? 'failed' : 'unloaded';
}
