/**
 * Every course citation in the presets, the UI dictionaries and the debrief's rules resolves to a
 * passage with its quote and gloss, so the Sources panel never opens on nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationParts, citationsIn, DOCUMENTS, PASSAGES, passagesFor, resolveCitation, type CitationPart } from '../../../src/engine/sources/index.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const files = (dir: string, ext: string) =>
  readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => `${dir}${f}`);

/** Every string in a JSON value. */
function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, out);
  return out;
}

function citationsOfRepo(): { where: string; part: CitationPart }[] {
  const found: { where: string; part: CitationPart }[] = [];
  for (const file of files('scenarios/', '.json')) {
    const doc = JSON.parse(read(file)) as { sources?: { seed: string; lines: string }[] };
    for (const s of doc.sources ?? []) for (const part of citationParts(s.seed, s.lines)) found.push({ where: `${file} sources`, part });
    for (const text of strings({ ...doc, sources: [] })) for (const part of citationsIn(text)) found.push({ where: file, part });
  }
  for (const file of files('src/lib/i18n/areas/', '.ts')) for (const part of citationsIn(read(file))) found.push({ where: file, part });
  // The debrief's rules cite as { seed: '001', lines: 'L148' }.
  for (const file of files('src/engine/debrief/', '.ts'))
    for (const m of read(file).matchAll(/seed: '(\d{3})', lines: '([^']+)'/g)) for (const part of citationParts(m[1], m[2])) found.push({ where: file, part });
  return found;
}

describe('course sources', () => {
  it('reads the citation forms the project uses', () => {
    expect(citationsIn('see seed 004 L499–505; 种子001 L65第6题 and Course: 000 L711–715, L803; 003 L267.')).toEqual([
      { seed: '004', from: 499, to: 505 },
      { seed: '001', from: 65, to: 65 },
      { seed: '000', from: 711, to: 715 },
      { seed: '000', from: 803, to: 803 },
      { seed: '003', from: 267, to: 267 },
    ]);
    expect(citationParts('002', 'L376, L416')).toEqual([
      { seed: '002', from: 376, to: 376 },
      { seed: '002', from: 416, to: 416 },
    ]);
    expect(citationParts('003', 'L265-267')).toEqual([{ seed: '003', from: 265, to: 267 }]);
  });

  it('resolves every citation in presets, dictionaries and debrief rules to a passage', () => {
    const all = citationsOfRepo();
    expect(all.length).toBeGreaterThan(100);
    const missing = all.filter(({ part }) => passagesFor(part).length === 0).map(({ where, part }) => `${where}: ${part.seed} L${part.from}–${part.to}`);
    expect(missing).toEqual([]);
  });

  it('gives each passage its document, section, a short verbatim quote and a gloss', () => {
    const seeds = new Set(DOCUMENTS.map((d) => d.seed));
    for (const p of PASSAGES) {
      const at = `${p.seed} L${p.from}`;
      expect(seeds.has(p.seed), at).toBe(true);
      expect(p.from, at).toBeLessThanOrEqual(p.to);
      expect(p.quote.length, at).toBeGreaterThan(5);
      expect(p.quote.length, at).toBeLessThanOrEqual(151);
      expect(p.quote, at).toMatch(/[\u4e00-\u9fff]/);
      expect(p.gloss.length, at).toBeGreaterThan(10);
      expect(p.section.en && p.section['zh-CN'], at).toBeTruthy();
    }
    const r = resolveCitation('001', 'L148');
    expect(r.document?.seed).toBe('001');
    expect(r.passages.map((p) => p.quote)).toEqual([expect.stringContaining('95%提出抱怨的顾客还会买公司的产品')]);
    expect(resolveCitation('002', 'L376, L416').passages).toHaveLength(2);
  });
});
