/**
 * Colours of the heatmaps: cividis (readable with the common colour-vision deficiencies and in
 * grey-scale), light for low values and dark for high ones, with a text colour that stays legible
 * on each cell.
 */
import { interpolateCividis } from './cividis.ts';
import { hsl } from 'd3-color';

export function heatColor(value: number, lo: number, hi: number): string {
  if (!Number.isFinite(value)) return '#f1f3f5';
  const t = hi > lo ? Math.max(0, Math.min(1, (value - lo) / (hi - lo))) : 0;
  return interpolateCividis(1 - t * 0.92);
}

export function inkOn(background: string): string {
  return hsl(background).l > 0.55 ? '#1b1f24' : '#ffffff';
}

/** Stops of a gradient legend (low → high). */
export function heatStops(count = 8): { offset: number; color: string }[] {
  return Array.from({ length: count }, (_, i) => ({ offset: i / (count - 1), color: heatColor(i, 0, count - 1) }));
}
