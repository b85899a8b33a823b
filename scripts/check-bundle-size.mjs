#!/usr/bin/env node
// ARCHITECTURE §8: first load (shell + login + home) ≤ 120 KB gzipped JS+CSS; every lazy
// screen chunk ≤ 40 KB gzipped; zod only in the lazy input check (ADR 0018). Reads Vite's
// manifest after `npm run build:web`; exits 1 over budget or on zod elsewhere.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const FIRST_LOAD_BUDGET = 120 * KB;
const CHUNK_BUDGET = 40 * KB;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/web/dist');
const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run \`npm run build:web\` first.`);
  process.exit(1);
}
/** @type {Record<string, {file: string, name?: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gzipCache = new Map();
function gzipped(file) {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** Files (JS and CSS) a chunk needs before it runs: itself, its static imports, their CSS. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const dep of chunk.imports ?? []) closure(dep, files);
  return files;
}

const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
if (entries.length === 0) {
  console.error('The manifest has no entry chunk.');
  process.exit(1);
}

// Login and home are part of the first load; if a build ever splits them out, count them too.
const firstLoadKeys = [
  ...entries.map(([k]) => k),
  ...Object.keys(manifest).filter((k) => /src\/screens\/(auth\/login|home\/home)\.tsx$/.test(k)),
];
const firstLoad = new Set();
for (const key of firstLoadKeys) closure(key, firstLoad);

const rows = [];
let failed = false;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`.padStart(9);
const sum = (files) => [...files].reduce((total, f) => total + gzipped(f), 0);

for (const file of [...firstLoad].sort()) rows.push({ part: 'first load', file, bytes: gzipped(file), budget: null });
const firstTotal = sum(firstLoad);
const firstOk = firstTotal <= FIRST_LOAD_BUDGET;
failed ||= !firstOk;

// A lazy chunk costs what it adds on top of the first load: itself plus shared chunks not yet loaded.
const lazyRows = [];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry || firstLoadKeys.includes(key)) continue;
  const extra = [...closure(key)].filter((f) => !firstLoad.has(f));
  const bytes = sum(extra);
  const ok = bytes <= CHUNK_BUDGET;
  failed ||= !ok;
  lazyRows.push({ name: chunk.src ?? key, files: extra, bytes, ok });
}
lazyRows.sort((a, b) => b.bytes - a.bytes);

const width = Math.max(40, ...rows.map((r) => r.file.length), ...lazyRows.map((r) => r.name.length)) + 2;
const line = '-'.repeat(width + 32);
console.log(`${'chunk'.padEnd(width)}${'bytes (gz)'.padStart(12)}${'size'.padStart(10)}  status`);
console.log(line);
for (const r of rows) console.log(`${r.file.padEnd(width)}${String(r.bytes).padStart(12)}${fmt(r.bytes)}`);
console.log(
  `${'= first load (shell + login + home)'.padEnd(width)}${String(firstTotal).padStart(12)}${fmt(firstTotal)}  ${
    firstOk ? 'ok' : 'OVER'
  } (budget ${FIRST_LOAD_BUDGET / KB} KB)`,
);
console.log(line);
for (const r of lazyRows) {
  console.log(`${r.name.padEnd(width)}${String(r.bytes).padStart(12)}${fmt(r.bytes)}  ${r.ok ? 'ok' : 'OVER'}`);
  if (r.files.length > 1) console.log(`  ${r.files.join(', ')}`);
}
console.log(line);
console.log(
  `lazy chunks: ${lazyRows.length}, budget ${CHUNK_BUDGET / KB} KB each (own file + shared chunks not in the first load)`,
);

// ADR 0018: zod (core's schemas) is loaded only by the lazy input check (src/store/validate.ts),
// never by the first load or another screen: the web app takes policy, sync tables, mutators and
// types from core's zod-free entry points. zod's code carries these class names in any build.
const ZOD_SIGNATURE = /\$ZodType|\bZodError\b/;
const VALIDATION_ENTRY = 'src/store/validate.ts';
if (!manifest[VALIDATION_ENTRY]?.isDynamicEntry) {
  console.error(`${VALIDATION_ENTRY} is not a lazy chunk: core's schemas would load with the first screen.`);
  failed = true;
}
const mayCarryZod = new Set([...closure(VALIDATION_ENTRY)].filter((f) => !firstLoad.has(f)));
const withZod = [...new Set(Object.values(manifest).map((c) => c.file))].filter(
  (f) => f.endsWith('.js') && ZOD_SIGNATURE.test(readFileSync(join(dist, f), 'utf8')),
);
const strayZod = withZod.filter((f) => !mayCarryZod.has(f));
console.log(`zod: in ${withZod.join(', ') || 'no chunk'}; allowed only in the lazy input check (${VALIDATION_ENTRY})`);
if (strayZod.length) {
  console.error(`zod reached chunks it must not: ${strayZod.join(', ')} (ADR 0018).`);
  failed = true;
}

if (failed) {
  console.error('Bundle budget or zod check failed (ARCHITECTURE §8, ADR 0018).');
  process.exit(1);
}
