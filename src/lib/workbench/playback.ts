/**
 * Playback rules of the month cursor, kept pure so they can be tested without a browser:
 * the speeds on offer, and where a tick of the player moves the cursor.
 */

/** Months per second the player can reveal. */
export const PLAYBACK_SPEEDS = [1, 2, 5, 10] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export type Tick = { month: number; playing: boolean };

/**
 * One tick of the player: the next month if it has been computed; wait at the newest month while
 * the run is still streaming; stop at the end of a finished run.
 */
export function playbackTick(month: number, lastMonth: number, running: boolean): Tick {
  if (month < lastMonth) return { month: month + 1, playing: true };
  return { month: lastMonth, playing: running };
}

/** Where Play starts: from the beginning when the cursor already sits at the end of a finished run. */
export function playbackStart(month: number, lastMonth: number, running: boolean): number {
  return !running && month >= lastMonth ? 0 : month;
}

export function clampMonth(month: number, lastMonth: number): number {
  if (!Number.isFinite(month)) return 0;
  return Math.min(Math.max(0, Math.round(month)), Math.max(0, lastMonth));
}
