#!/usr/bin/env node
// Draws the app icon (public/icon.svg: a green rounded square with a white "M") as PNGs for the
// install prompt (Chrome wants 192 px and 512 px PNGs; "maskable" ones keep the M in the safe
// zone). Plain Node, no image library: 4×4 supersampled shapes, encoded with node:zlib.
// Run: node packages/web/scripts/make-icons.mjs (writes packages/web/public/icon-*.png).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const BRAND = [0x0b, 0x5d, 0x4b];
const WHITE = [0xff, 0xff, 0xff];
// The M of icon.svg, in its 512 × 512 coordinates: a polyline stroked 48 wide with round ends.
const M = [
  [128, 368],
  [128, 144],
  [256, 272],
  [384, 144],
  [384, 368],
];
const STROKE = 24;

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 512 - radius);
  const cy = Math.min(Math.max(y, radius), 512 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** RGBA pixels of the icon at `size`; maskable: full-bleed background, the M shrunk to 70 %. */
function draw(size, maskable) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const u = ((x + (sx + 0.5) / n) / size) * 512;
          const v = ((y + (sy + 0.5) / n) / size) * 512;
          if (!(maskable || inRoundedSquare(u, v, 96))) continue;
          bg++;
          const scale = maskable ? 0.7 : 1;
          const mu = 256 + (u - 256) / scale;
          const mv = 256 + (v - 256) / scale;
          let d = Number.POSITIVE_INFINITY;
          for (let i = 0; i < M.length - 1; i++) d = Math.min(d, segmentDistance(mu, mv, M[i], M[i + 1]));
          if (d <= STROKE) fg++;
        }
      }
      const o = (y * size + x) * 4;
      const total = n * n;
      for (let c = 0; c < 3; c++) pixels[o + c] = bg ? Math.round((BRAND[c] * (bg - fg) + WHITE[c] * fg) / bg) : 0;
      pixels[o + 3] = Math.round((255 * bg) / total);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(import.meta.dirname, '..', 'public');
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
]) {
  writeFileSync(join(out, name), png(size, draw(size, maskable)));
  console.log(`wrote public/${name}`);
}
