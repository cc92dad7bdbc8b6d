/**
 * The shared month: what the scrubber, the chart hover, the KPI strip and the glass box show.
 * While a run streams and nobody has scrubbed, it follows the newest month; Play reveals the
 * computed months one by one at the chosen speed (the worker is usually far ahead).
 */
import { clampMonth, playbackStart, playbackTick, type PlaybackSpeed } from './playback.ts';

export class MonthCursor {
  /** Follow the newest month (true until the user scrubs away from it). */
  follow = $state(true);
  playing = $state(false);
  speed = $state<PlaybackSpeed>(2);
  #picked = $state(0);
  #timer: ReturnType<typeof setInterval> | null = null;
  #lastMonth: () => number;
  #running: () => boolean;

  /** `lastMonth`: newest computed month (-1 before month 0); `running`: more months are coming. */
  constructor(lastMonth: () => number, running: () => boolean) {
    this.#lastMonth = lastMonth;
    this.#running = running;
  }

  readonly month = $derived.by(() => {
    const last = this.#lastMonth();
    return this.follow ? Math.max(0, last) : clampMonth(this.#picked, last);
  });

  /** The user picks a month (scrubber, step, chart hover, a teaching note); playback stops. */
  set(month: number): void {
    this.pause();
    const last = this.#lastMonth();
    this.#picked = clampMonth(month, last);
    // Back at the newest month of a streaming run: keep following it.
    this.follow = this.#running() && this.#picked >= last;
  }

  step(delta: number): void {
    this.set(this.month + delta);
  }

  /** A new run starts: show its months as they come. */
  restart(): void {
    this.pause();
    this.follow = true;
  }

  play(): void {
    const last = this.#lastMonth();
    this.#picked = playbackStart(this.month, last, this.#running());
    this.follow = false;
    this.playing = true;
    this.#startTimer();
  }

  pause(): void {
    this.playing = false;
    this.#stopTimer();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: PlaybackSpeed): void {
    this.speed = speed;
    if (this.playing) this.#startTimer();
  }

  dispose(): void {
    this.#stopTimer();
  }

  #startTimer(): void {
    this.#stopTimer();
    this.#timer = setInterval(() => {
      const next = playbackTick(this.#picked, this.#lastMonth(), this.#running());
      this.#picked = next.month;
      if (!next.playing) this.pause();
    }, 1000 / this.speed);
  }

  #stopTimer(): void {
    if (this.#timer === null) return;
    clearInterval(this.#timer);
    this.#timer = null;
  }
}
