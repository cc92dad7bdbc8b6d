/**
 * The bundled presets are validated lazily (presets.ts): at first use, or a few at a time in idle
 * moments so that the picker can mark a broken one without blocking the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPresets, validatePresetsWhenIdle } from '../../../src/lib/scenario/presets.ts';
import { validateScenario } from '../../../src/engine/validate.ts';

const presets = await loadPresets();

describe('presets validated when idle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('validates every preset across several idle moments, then says so once; the results are those of validateScenario', () => {
    const queue: ((deadline: IdleDeadline) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => queue.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const done = vi.fn();
    validatePresetsWhenIdle(presets, done);
    // Idle moments with no time to spare: one preset each.
    let moments = 0;
    while (queue.length > 0) {
      queue.shift()!({ didTimeout: true, timeRemaining: () => 0 });
      moments++;
    }
    expect(moments).toBe(presets.length);
    expect(done).toHaveBeenCalledTimes(1);
    for (const preset of presets) expect(preset.result).toEqual(validateScenario(preset.input));
    expect(presets.every((preset) => preset.result.ok)).toBe(true);
  });

  it('stops when cancelled', () => {
    const queue: ((deadline: IdleDeadline) => void)[] = [];
    const cancelled: number[] = [];
    let handles = 0;
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => (queue.push(callback), ++handles));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    const done = vi.fn();
    const stop = validatePresetsWhenIdle(presets, done);
    queue.shift()!({ didTimeout: false, timeRemaining: () => 0 });
    stop();
    // The request made by the first moment is the one cancelled, and no further moment is asked for.
    expect(cancelled).toEqual([2]);
    expect(handles).toBe(2);
    expect(done).not.toHaveBeenCalled();
  });
});
