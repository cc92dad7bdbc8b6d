/**
 * A lecturer's marks on the slides of a case: pen strokes and text notes, in coordinates of 0–1
 * across the chart so they stay in place at any screen size. Kept in the browser per case (scenario
 * id) and slide; a stored value that cannot be read is left alone rather than overwritten.
 */
import * as v from 'valibot';

const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const AnnotationSchema = v.variant('kind', [
  v.object({ kind: v.literal('pen'), points: v.pipe(v.array(unit), v.maxLength(20_000)) }),
  v.object({ kind: v.literal('text'), x: unit, y: unit, text: v.pipe(v.string(), v.maxLength(500)) }),
]);
const CaseAnnotationsSchema = v.record(v.string(), v.array(AnnotationSchema));

export type Annotation = v.InferOutput<typeof AnnotationSchema>;
/** Slide index (as a string) → its marks. */
export type CaseAnnotations = Record<string, Annotation[]>;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const storageKey = (caseId: string) => `tsw.annotations.${caseId}`;

/** The case's marks, or null when what is stored cannot be read (then nothing should be written over it). */
export function loadAnnotations(caseId: string, store: KeyValueStore): CaseAnnotations | null {
  const raw = store.getItem(storageKey(caseId));
  if (raw === null) return {};
  try {
    const parsed = v.safeParse(CaseAnnotationsSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** Saves the marks; false when the browser refused (storage full or disabled). */
export function saveAnnotations(caseId: string, annotations: CaseAnnotations, store: KeyValueStore): boolean {
  const kept = Object.fromEntries(Object.entries(annotations).filter(([, marks]) => marks.length > 0));
  try {
    if (Object.keys(kept).length === 0) store.removeItem(storageKey(caseId));
    else store.setItem(storageKey(caseId), JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

/** An SVG path through a stroke's points, scaled to a width × height box. */
export function strokePath(points: readonly number[], width: number, height: number): string {
  let d = '';
  for (let i = 0; i + 1 < points.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${(points[i] * width).toFixed(1)},${(points[i + 1] * height).toFixed(1)}`;
  return d;
}
