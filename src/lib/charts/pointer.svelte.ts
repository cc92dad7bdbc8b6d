/**
 * The pointer on a chart's plot, shared by the time cursor and the item cursor: the plot hands
 * each event over with its margins, the cursor reads the pointer in the plot area's coordinates
 * (those of the chart's scales) and keeps where the tooltip goes, in pixels from the plot
 * element's top left.
 */
import type { Margin } from './context.ts';
import type { TooltipRow } from './Tooltip.svelte';

/** Pointer and keyboard handlers of a focusable plot (Plot.svelte calls them with its margins). */
export interface PlotInteraction {
  onpointermove: (event: PointerEvent, margin: Margin) => void;
  onpointerleave: () => void;
  onclick: (event: MouseEvent, margin: Margin) => void;
  onkeydown: (event: KeyboardEvent, margin: Margin) => void;
  onblur: () => void;
}

/** What the tooltip shows: a heading (the month, the item) and a row per series. */
export interface TooltipContent {
  heading: string;
  rows: TooltipRow[];
}

export abstract class PlotPointer {
  /** Where the tooltip goes: the pointer, or the item chosen by keyboard. */
  px = $state(0);
  py = $state(0);
  abstract readonly handlers: PlotInteraction;

  /** Reads the pointer of an event on the plot element; returns it inside the plot area. */
  protected locate(event: MouseEvent, margin: Margin): [number, number] {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.px = event.clientX - box.left;
    this.py = event.clientY - box.top;
    return [this.px - margin.left, this.py - margin.top];
  }

  /** Puts the tooltip at a point of the plot area. */
  protected anchor([x, y]: [number, number], margin: Margin): void {
    this.px = margin.left + x;
    this.py = margin.top + y;
  }
}
