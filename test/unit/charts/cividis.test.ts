/** The heatmaps' copy of cividis (cividis.ts) gives d3-scale-chromatic's colours, clamped at both ends. */
import { describe, expect, it } from 'vitest';
import { interpolateCividis as d3Cividis } from 'd3-scale-chromatic';
import { interpolateCividis } from '../../../src/lib/charts/cividis.ts';

describe('cividis', () => {
  it('matches d3-scale-chromatic across the range and outside it', () => {
    for (let i = -10; i <= 110; i++) expect(interpolateCividis(i / 100), String(i / 100)).toBe(d3Cividis(i / 100));
  });
});
