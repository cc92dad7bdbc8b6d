/**
 * The scale context shared by the layers of one chart (LayerCake style): the frame component sets
 * it, axis / line / reference layers read it, so each layer is a small component with one job.
 */
import { createContext } from 'svelte';
import type { ScaleLinear } from 'd3-scale';

export interface ChartContext {
  /** Month → pixels inside the plot area. */
  readonly x: ScaleLinear<number, number>;
  /** Value → pixels inside the plot area. */
  readonly y: ScaleLinear<number, number>;
  readonly innerWidth: number;
  readonly innerHeight: number;
}

export const [getChart, setChart] = createContext<ChartContext>();
