/** Resolving a cited number's reference in the debrief's input (the debrief and its tests use the same). */
import { getAt, parsePath } from '../path.ts';
import type { DebriefInput, Ref } from './types.ts';

export function resolveRef(ref: Ref, input: DebriefInput): number {
  if ('frame' in ref) {
    const run = ref.frame === 'trainee' ? input.run : input.preset?.run;
    if (!run) return NaN;
    let sum = 0;
    for (let t = ref.from; t <= ref.to; t++) sum += run.frames[t][ref.slot];
    return ref.agg === 'mean' ? sum / (ref.to - ref.from + 1) : sum;
  }
  if ('op' in ref) {
    const a = ref.args.map((r) => resolveRef(r, input));
    if (ref.op === 'diff') return a[0] - a[1];
    if (ref.op === 'ratio') return a[0] / a[1];
    return a.reduce((x, y) => x + y, 0);
  }
  const root = ref.path === 'comparison' ? input.comparison : ref.path === 'challenge' ? input.challenge : input.scenario;
  const path = parsePath(ref.at);
  const value = path ? getAt(root, path) : undefined;
  return typeof value === 'number' ? value : NaN;
}
