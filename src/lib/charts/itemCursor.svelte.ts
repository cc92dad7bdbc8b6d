/**
 * Hover, click and keyboard handling of a chart at one month (Lorenz, flows, cohorts, money, CLV):
 * the chart lists its pickable items (curves, bars, cells); the pointer or the arrow keys choose
 * one, the tooltip shows it, and a click or Enter asks the glass box to explain it. Points are in
 * the plot area's coordinates, those of the chart's scales.
 */
import { PlotPointer, type PlotInteraction } from './pointer.svelte.ts';

export interface ItemConfig {
  count: number;
  /** Item at a point of the plot area, or null. */
  hit: (x: number, y: number) => number | null;
  /** Where the tooltip of an item chosen by keyboard goes. */
  anchor: (index: number) => [number, number];
  pick: (index: number) => void;
}

export class ItemCursor extends PlotPointer {
  index = $state<number | null>(null);
  readonly #config: () => ItemConfig;

  constructor(config: () => ItemConfig) {
    super();
    this.#config = config;
  }

  readonly handlers: PlotInteraction = {
    onpointermove: (event, margin) => {
      this.index = this.#config().hit(...this.locate(event, margin));
    },
    onpointerleave: () => {
      this.index = null;
    },
    onblur: () => {
      this.index = null;
    },
    onclick: (event, margin) => {
      const index = this.#config().hit(...this.locate(event, margin));
      if (index !== null) this.#config().pick(index);
    },
    onkeydown: (event, margin) => {
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
      this.anchor(c.anchor(next), margin);
    },
  };
}
