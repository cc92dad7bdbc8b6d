/**
 * Hover, click and keyboard handling of a time chart's plot: the pointer (or ←/→) picks a month,
 * which the chart shows in its tooltip and reports through `onmonth`; ↑/↓ choose a series and
 * Enter (or a click) asks the glass box to explain the point.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Margin } from './context.ts';
import { PlotPointer, type PlotInteraction } from './pointer.svelte.ts';
import { monthAt } from './scales.ts';

/**
 * A part of the plot that is not the time panel (the churn heatmap below it): the pointer there
 * is handed to it instead of choosing a month. Points are in the plot area's coordinates.
 */
export interface PointerZone {
  contains: (x: number, y: number) => boolean;
  move: (x: number, y: number) => void;
  leave: () => void;
  click: (x: number, y: number) => void;
}

export interface CursorConfig {
  /** Months across the plot area. */
  x: ScaleLinear<number, number>;
  /** The shared month (where keyboard navigation starts), the last month with data, and where a month chosen here goes. */
  month: { shared: number; last: number; onmonth: (month: number) => void };
  seriesCount: number;
  /** A click at height `y` in the plot area, or Enter on series `series`. */
  pick: (month: number, at: { y: number } | { series: number }) => void;
  zone?: PointerZone;
}

export class TimeCursor extends PlotPointer {
  /** Month under the pointer or chosen by keys; null when the plot is not hovered or focused. */
  month = $state<number | null>(null);
  series = $state(0);
  readonly #config: () => CursorConfig;

  constructor(config: () => CursorConfig) {
    super();
    this.#config = config;
  }

  /** The month the chart shows: the cursor's, else the shared month (within the data). */
  get shown(): number {
    const { shared, last } = this.#config().month;
    return this.month ?? Math.min(shared, last);
  }

  #set(month: number) {
    if (month === this.month) return;
    this.month = month;
    this.#config().month.onmonth(month);
  }

  /** The pointer's point in the plot area, and its month (null without data, or in the other zone). */
  #point(event: MouseEvent, margin: Margin): { x: number; y: number; month: number | null; zone?: PointerZone } {
    const [x, y] = this.locate(event, margin);
    const c = this.#config();
    const zone = c.zone?.contains(x, y) ? c.zone : undefined;
    const month = c.month.last < 0 || zone ? null : monthAt(x, (px) => c.x.invert(px), c.month.last);
    return { x, y, month, zone };
  }

  readonly handlers: PlotInteraction = {
    onpointermove: (event, margin) => {
      const { x, y, month, zone } = this.#point(event, margin);
      if (zone) {
        this.month = null;
        zone.move(x, y);
        return;
      }
      this.#config().zone?.leave();
      if (month !== null) this.#set(month);
    },
    onpointerleave: () => {
      this.month = null;
      this.#config().zone?.leave();
    },
    onblur: () => {
      this.month = null;
    },
    onclick: (event, margin) => {
      const { x, y, month, zone } = this.#point(event, margin);
      if (zone) zone.click(x, y);
      else if (month !== null) this.#config().pick(month, { y });
    },
    onkeydown: (event, margin) => {
      const c = this.#config();
      const { last } = c.month;
      if (last < 0) return;
      const current = this.shown;
      let next = current;
      switch (event.key) {
        case 'ArrowLeft':
          next = current - 1;
          break;
        case 'ArrowRight':
          next = current + 1;
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = last;
          break;
        case 'ArrowUp':
        case 'ArrowDown':
          this.series = (this.series + (event.key === 'ArrowUp' ? c.seriesCount - 1 : 1)) % Math.max(1, c.seriesCount);
          break;
        case 'Enter':
        case ' ':
          c.pick(current, { series: this.series });
          break;
        case 'Escape':
          this.month = null;
          return;
        default:
          return;
      }
      event.preventDefault();
      const clamped = Math.max(0, Math.min(last, next));
      this.#set(clamped);
      // Keyboard read-out sits at the month's position near the top of the plot element.
      this.px = margin.left + c.x(clamped);
      this.py = 8;
    },
  };
}
