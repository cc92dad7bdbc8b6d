#!/usr/bin/env node
/**
 * `npm run bundle`: what the built app makes a browser download, from Vite's manifest. "At start"
 * is the entry with its static imports, the app chunk the entry imports at once (src/mount.ts) with
 * its static imports, and the simulation worker; the other chunks load when first used (the editor,
 * saved work). A page loads one language's dictionary at start (`messages.<locale>` chunks, see
 * src/lib/i18n/index.svelte.ts): the start total counts the larger one, the other is "on switch".
 * Prints each chunk's raw and gzipped size and the start total against the goal.
 * Plain Node; reads dist/ (run `npm run build` first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const GOAL_KB = 120;
const dist = new URL('../dist/', import.meta.url);
let manifest;
try {
  manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
} catch {
  console.error('bundle-report: no dist/.vite/manifest.json; run `npm run build` first.');
  process.exit(1);
}

const sizeOf = (file) => {
  const bytes = readFileSync(new URL(file, dist));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const closure = (key, into) => {
  if (into.has(key)) return into;
  into.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, into);
  return into;
};

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const atStart = closure(entry, new Set());
for (const dynamic of manifest[entry].dynamicImports ?? []) closure(dynamic, atStart);
const rows = [];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.file.endsWith('.js')) continue;
  const language = /(?:^|\/)messages\.([A-Za-z-]+)-[\w-]+\.js$/.exec(chunk.file)?.[1];
  const when = atStart.has(key) ? 'start' : language ? `lang ${language}` : 'on use';
  rows.push({ file: chunk.file, when, ...sizeOf(chunk.file) });
}
// The page's own language counts at start (the larger, to be safe); the other loads on a switch.
const languages = rows.filter((r) => r.when.startsWith('lang ')).sort((a, b) => b.gzip - a.gzip);
languages.forEach((r, i) => (r.when = i === 0 ? `start (${r.when.slice(5)})` : `on switch`));
for (const file of readdirSync(new URL('assets/', dist)).filter((f) => /^sim\.worker-.*\.js$/.test(f)))
  rows.push({ file: `assets/${file}`, when: 'start (worker)', ...sizeOf(`assets/${file}`) });

const kB = (n) => (n / 1000).toFixed(1).padStart(7);
rows.sort((a, b) => a.when.localeCompare(b.when) || b.gzip - a.gzip);
console.log(`${'chunk'.padEnd(44)}  ${'when'.padEnd(14)}  raw kB  gzip kB`);
for (const r of rows) console.log(`${r.file.padEnd(44)}  ${r.when.padEnd(14)}  ${kB(r.raw)}  ${kB(r.gzip)}`);
const start = rows.filter((r) => r.when.startsWith('start'));
const total = start.reduce((a, r) => a + r.gzip, 0);
const later = rows.filter((r) => !r.when.startsWith('start')).reduce((a, r) => a + r.gzip, 0);
console.log(
  `\nJavaScript at start: ${kB(total).trim()} kB gzipped (goal ≤ ${GOAL_KB} kB: ${total <= GOAL_KB * 1000 ? 'met' : `${kB(total - GOAL_KB * 1000).trim()} kB over`}); later, on use: ${kB(later).trim()} kB`,
);
console.log(JSON.stringify({ startGzipBytes: total, laterGzipBytes: later, goalGzipBytes: GOAL_KB * 1000 }));
