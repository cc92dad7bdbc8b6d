/**
 * How fast the machine is running at the moment, for reading timing figures. This machine's speed
 * varies by a factor of two from one minute to the next (it is shared and throttled), and a time to
 * first chart means little without it. The same fixed loop has been used in the session notes since
 * it was first measured: about 440 ms when the machine is quiet.
 */
export const QUIET_FIXED_LOOP_MS = 440;

/** Milliseconds for a fixed arithmetic loop (300 sums over 2^20 doubles), after a warm-up pass. */
export function fixedLoopMs(): number {
  const values = new Float64Array(1 << 20);
  for (let i = 0; i < values.length; i++) values[i] = i * 0.5;
  const sum = (a: Float64Array) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i];
    return s;
  };
  let sink = sum(values);
  const start = performance.now();
  for (let r = 0; r < 300; r++) sink += sum(values);
  const elapsed = performance.now() - start;
  // (The sum is used, so the loop cannot be dropped.)
  return Number.isFinite(sink) ? elapsed : Number.NaN;
}
