/**
 * The contexts shared by the parts of one chart (LayerCake style): the card tells its plot what to
 * label it with and whether there is data; the plot shell (Plot.svelte) sets its size and scales;
 * a time panel narrows the scales to its own band of the plot; the axis, reference and tooltip
 * layers read them, so each layer is a small component with one job.
 */
import { createContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3-scale';

/** A number scale (months, values) or a band scale (operators, segments, cohort rows). */
export type PlotScale = ScaleLinear<number, number> | ScaleBand<number>;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Scales and size of the plot area (or of one time panel of it), for the layers drawn in it. */
export interface ChartContext {
  /** Horizontal scale, in pixels inside the plot area. */
  readonly x: PlotScale;
  /** Vertical scale, in pixels inside the plot area (or the time panel). */
  readonly y: PlotScale;
  readonly innerWidth: number;
  readonly innerHeight: number;
}

/** The whole plot element: its size and the margins around the plot area (tooltips keep inside it). */
export interface PlotContext {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
}

/** What the card around a plot tells it: ids and texts it labels the SVG with, and whether there is data. */
export interface CardContext {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly empty: boolean;
}

export const [getChart, setChart] = createContext<ChartContext>();
export const [getPlot, setPlot] = createContext<PlotContext>();
export const [getCard, setCard] = createContext<CardContext>();

export function isBand(scale: PlotScale): scale is ScaleBand<number> {
  return 'bandwidth' in scale;
}

/** Pixel position of a value: a band's centre on a band scale. */
export function position(scale: PlotScale, value: number): number {
  return isBand(scale) ? (scale(value) ?? 0) + scale.bandwidth() / 2 : scale(value);
}

/** A context value whose fields call `fields` on each read, so its readers follow the component's state. */
export function liveFields<T extends object>(fields: { [K in keyof T]: () => T[K] }): T {
  const value = {} as T;
  for (const key of Object.keys(fields) as (keyof T)[]) Object.defineProperty(value, key, { get: fields[key], enumerable: true });
  return value;
}

/** What both axes take: the label, how ticks are written, and where they are. */
export interface AxisProps {
  label?: string;
  format?: (value: number) => string;
  /** Tick values; default: a number scale's ticks, one per `spacing` pixels, or every band. */
  ticks?: number[];
  spacing?: number;
  /** Grid lines across the plot at the ticks. */
  grid?: boolean;
}
