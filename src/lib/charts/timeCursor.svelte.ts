/**
 * Hover, click and keyboard handling of a time chart's plot: the pointer (or ←/→) picks a month,
 * which the chart shows in its tooltip and reports through `onmonth`; ↑/↓ choose a series and
 * Enter (or a click) asks the glass box to explain the point.
 */
import type { PlotInteraction } from './ChartCard.svelte';
import { monthAt } from './scales.ts';

export interface CursorConfig {
  /** Left margin of the plot area inside the plot element. */
  left: number;
  invert: (px: number) => number;
  /** Last month with data. */
  last: number;
  /** The shared month (where keyboard navigation starts). */
  month: number;
  seriesCount: number;
  onmonth: (month: number) => void;
  /** A click at pixel height `py` (relative to the plot element), or Enter on series `series`. */
  pick: (month: number, at: { py: number } | { series: number }) => void;
}

export class TimeCursor {
  /** Month under the pointer or chosen by keys; null when the plot is not hovered or focused. */
  month = $state<number | null>(null);
  px = $state(0);
  py = $state(0);
  series = $state(0);
  readonly #config: () => CursorConfig;

  constructor(config: () => CursorConfig) {
    this.#config = config;
  }

  #point(event: MouseEvent): number | null {
    const c = this.#config();
    if (c.last < 0) return null;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.px = event.clientX - box.left;
    this.py = event.clientY - box.top;
    return monthAt(this.px - c.left, c.invert, c.last);
  }

  #set(month: number) {
    if (month === this.month) return;
    this.month = month;
    this.#config().onmonth(month);
  }

  readonly handlers: Omit<PlotInteraction, 'label'> = {
    onpointermove: (event) => {
      const month = this.#point(event);
      if (month !== null) this.#set(month);
    },
    onpointerleave: () => {
      this.month = null;
    },
    onblur: () => {
      this.month = null;
    },
    onclick: (event) => {
      const month = this.#point(event);
      if (month !== null) this.#config().pick(month, { py: this.py });
    },
    onkeydown: (event) => {
      const c = this.#config();
      if (c.last < 0) return;
      const current = this.month ?? Math.min(c.month, c.last);
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
          next = c.last;
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
      const clamped = Math.max(0, Math.min(c.last, next));
      this.#set(clamped);
      // Keyboard read-out sits at the month's position near the top of the plot.
      this.px = c.left + this.#xOf(clamped);
      this.py = 8;
    },
  };

  #xOf(month: number): number {
    // invert is px→month; for the keyboard read-out a linear estimate is enough.
    const c = this.#config();
    const zero = c.invert(0);
    const one = c.invert(1);
    return (month - zero) / (one - zero || 1);
  }

  /** The plot interaction with this chart's accessible label. */
  withLabel(label: string): PlotInteraction {
    return { ...this.handlers, label };
  }
}
