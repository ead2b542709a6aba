// How the learned weights are stored (src/engine/model/weights.json): the feature names as one
// string, one a line, and per category the non-zero weights as base64 bytes: for each weight, the
// gap from the previous feature index (a base-128 varint) and the weight in one signed byte on a
// square-root scale, fine near zero where most weights are (step ≈ 0.005 at 0.04 for MAX_WEIGHT 2.5).
// Written by scripts/train-model.mjs, read by model.ts; about a third of the size of JSON pairs.

export const MAX_WEIGHT = 2.5;

export interface StoredModel {
  about: string;
  trainedOn: string[];
  drafts: number;
  threshold: number;
  /** Feature names, one a line. */
  features: string;
  /** Category → base64 weights. */
  weights: Record<string, string>;
}

const quantise = (weight: number) => {
  const clamped = Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, weight));
  return Math.round(Math.sign(clamped) * Math.sqrt(Math.abs(clamped) / MAX_WEIGHT) * 127);
};
const dequantise = (byte: number) => Math.sign(byte) * (byte / 127) ** 2 * MAX_WEIGHT;

/** The bytes for [feature index, weight] pairs, indices ascending. */
export function encodeWeights(pairs: readonly (readonly [number, number])[]): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (const [index, weight] of [...pairs].sort((a, b) => a[0] - b[0])) {
    let gap = index - previous;
    previous = index;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
    bytes.push(quantise(weight) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** Calls back with each (feature index, weight), without building a list: the worker decodes at every start. */
export function forEachWeight(bytes: Uint8Array, visit: (index: number, weight: number) => void): void {
  let index = 0;
  for (let at = 0; at < bytes.length; ) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80 && at < bytes.length);
    index += gap;
    const value = bytes[at++]!;
    visit(index, DEQUANTISED[value]!);
  }
}

/** Byte → weight, for the 256 byte values (two's complement). */
const DEQUANTISED = Float32Array.from({ length: 256 }, (_, value) => dequantise(value > 127 ? value - 256 : value));

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
