/**
 * Reading course citations and finding their passages. Texts cite as "seed 004 L499–505",
 * "种子004 L499", "Course: 000 L711–715, L803; 003 L267" or, in a scenario's `sources`, as
 * { seed: "002", lines: "L376, L416" }; each line or range resolves to the passages it overlaps.
 */
import { DOCUMENTS, PASSAGES, type Passage, type SeedDocument } from './passages.ts';

/** One cited line or range of one seed document. */
export interface CitationPart {
  seed: string;
  from: number;
  to: number;
}

const RANGE = /L(\d+)(?:\s*[–-]\s*L?(\d+))?/g;
const CITATION = /(?<!\d)(00\d)\s*(L\d+(?:\s*[–-]\s*L?\d+)?(?:\s*(?:#\d+|第\d+题))?(?:\s*,\s*L\d+(?:\s*[–-]\s*L?\d+)?)*)/g;

/** The lines of a `lines` text ("L376, L416", "L65 #6", "L265-267") of one seed. */
export function citationParts(seed: string, lines: string): CitationPart[] {
  return [...lines.matchAll(RANGE)].map((m) => {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return { seed, from: Math.min(from, to), to: Math.max(from, to) };
  });
}

/** Every citation in a text, split into lines and ranges. */
export function citationsIn(text: string): CitationPart[] {
  return [...text.matchAll(CITATION)].flatMap((m) => citationParts(m[1], m[2]));
}

export function documentOf(seed: string): SeedDocument | undefined {
  return DOCUMENTS.find((d) => d.seed === seed);
}

/** The passages a citation part overlaps, in line order. */
export function passagesFor(part: CitationPart): Passage[] {
  return PASSAGES.filter((p) => p.seed === part.seed && p.from <= part.to && p.to >= part.from).sort((a, b) => a.from - b.from);
}

/** What a Sources panel shows for a citation: the document and the passages of each part. */
export function resolveCitation(seed: string, lines: string): { document?: SeedDocument; passages: Passage[] } {
  const seen = new Set<Passage>();
  for (const part of citationParts(seed, lines)) for (const p of passagesFor(part)) seen.add(p);
  return { document: documentOf(seed), passages: [...seen].sort((a, b) => a.from - b.from) };
}
