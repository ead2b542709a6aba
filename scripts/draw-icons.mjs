// Draws the extension icons (icons/icon-{16,32,48,128}.png): a speech bubble with a tick, in the
// project's own colours. Written by hand with zlib so that nothing is downloaded and the icons
// can be redrawn with `node scripts/draw-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4; // 4×4 samples a pixel, for smooth edges
const BUBBLE = [0x1d, 0x4e, 0x89]; // deep blue
const TICK = [0xff, 0xff, 0xff];

// Shapes in a 0..1 square. The bubble: a rounded rectangle plus a tail at bottom-left.
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}
function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
function inBubble(x, y) {
  return (
    inRoundedRect(x, y, 0.06, 0.08, 0.94, 0.74, 0.16) ||
    inTriangle(x, y, [0.2, 0.66], [0.42, 0.66], [0.14, 0.94])
  );
}
function inTick(x, y, strokeWidth) {
  const a = [0.29, 0.41];
  const b = [0.44, 0.56];
  const c = [0.72, 0.26];
  return distanceToSegment(x, y, a, b) <= strokeWidth / 2 || distanceToSegment(x, y, b, c) <= strokeWidth / 2;
}

function drawRgba(size) {
  // Small icons get a thicker tick so it still reads at 16 px.
  const strokeWidth = size <= 16 ? 0.17 : size <= 32 ? 0.14 : 0.11;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bubble = 0;
      let tick = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (inBubble(x, y)) {
            if (inTick(x, y, strokeWidth)) tick++;
            else bubble++;
          }
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const coverage = (bubble + tick) / samples;
      const offset = (py * size + px) * 4;
      if (coverage === 0) continue;
      const tickShare = tick / (bubble + tick);
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(BUBBLE[channel] * (1 - tickShare) + TICK[channel] * tickShare);
      }
      pixels[offset + 3] = Math.round(coverage * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawRgba(size)));
  console.log(`wrote ${file}`);
}
