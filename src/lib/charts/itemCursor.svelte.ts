/**
 * Hover, click and keyboard handling of a chart at one month (Lorenz, flows, cohorts, money, CLV):
 * the chart lists its pickable items (curves, bars, cells); the pointer or the arrow keys choose
 * one, the tooltip shows it, and a click or Enter asks the glass box to explain it.
 */
import type { PlotInteraction } from './ChartCard.svelte';

export interface ItemConfig {
  count: number;
  /** Item under a point of the plot element, or null. */
  hit: (px: number, py: number) => number | null;
  /** Where the tooltip of an item chosen by keyboard goes. */
  anchor: (index: number) => [number, number];
  pick: (index: number) => void;
}

export class ItemCursor {
  index = $state<number | null>(null);
  px = $state(0);
  py = $state(0);
  readonly #config: () => ItemConfig;

  constructor(config: () => ItemConfig) {
    this.#config = config;
  }

  #locate(event: MouseEvent): number | null {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.px = event.clientX - box.left;
    this.py = event.clientY - box.top;
    return this.#config().hit(this.px, this.py);
  }

  withLabel(label: string): PlotInteraction {
    return {
      label,
      onpointermove: (event) => {
        this.index = this.#locate(event);
      },
      onpointerleave: () => {
        this.index = null;
      },
      onblur: () => {
        this.index = null;
      },
      onclick: (event) => {
        const index = this.#locate(event);
        if (index !== null) this.#config().pick(index);
      },
      onkeydown: (event) => {
        const c = this.#config();
        if (c.count === 0) return;
        const current = this.index ?? -1;
        let next: number;
        switch (event.key) {
          case 'ArrowRight':
          case 'ArrowDown':
            next = (current + 1) % c.count;
            break;
          case 'ArrowLeft':
          case 'ArrowUp':
            next = (current - 1 + c.count) % c.count;
            break;
          case 'Home':
            next = 0;
            break;
          case 'End':
            next = c.count - 1;
            break;
          case 'Enter':
          case ' ':
            if (this.index !== null) c.pick(this.index);
            event.preventDefault();
            return;
          case 'Escape':
            this.index = null;
            return;
          default:
            return;
        }
        event.preventDefault();
        this.index = next;
        [this.px, this.py] = c.anchor(next);
      },
    };
  }
}
