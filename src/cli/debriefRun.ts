/**
 * `sim --debrief`: which preset, trainee strategy and challenge the flags name. The preset is the
 * scenario file; the trainee's strategy is a named variant or --set changes of it, or else the
 * file itself judged against --preset. Running them is the engine's (debrief/attempt.ts).
 */
import { applyPatch, PatchError } from '../engine/analysis/patch.ts';
import type { Attempt } from '../engine/debrief/attempt.ts';
import type { Challenge, Scenario } from '../engine/schema.ts';
import type { DebriefOptions } from './args.ts';
import { loadScenario, UsageError, validated } from './common.ts';

/** The preset, the trainee's scenario and the challenge to judge, from the file and the flags. */
export async function loadAttempt(path: string, file: Scenario, options: DebriefOptions): Promise<Attempt> {
  let preset = file;
  let trainee = file;
  if (options.preset !== undefined) preset = await loadScenario(options.preset);
  else if (options.variant !== undefined || Object.keys(options.set).length > 0) {
    let patch: Record<string, unknown> = options.set;
    if (options.variant !== undefined) {
      const named = file.variants.find((x) => x.id === options.variant);
      if (!named) {
        const known = file.variants.map((x) => x.id);
        throw new UsageError(`--variant ${options.variant}: ${path} has ${known.length > 0 ? `no such variant (it has ${known.join(', ')})` : 'no variants'}`);
      }
      patch = { ...named.patch, ...options.set };
    }
    try {
      trainee = validated(applyPatch(file, patch), `${path} with ${options.variant !== undefined ? `--variant ${options.variant}` : '--set'}`);
    } catch (e) {
      if (e instanceof PatchError) throw new UsageError(`--set ${e.message}`);
      throw e;
    }
  }
  if (preset.operators.map((o) => o.id).join() !== trainee.operators.map((o) => o.id).join())
    throw new UsageError(`--preset: ${options.preset} has other operators than ${path}; judge a strategy against the preset it came from`);
  let challenge: Challenge | undefined = preset.challenges[0];
  if (options.challenge !== undefined) {
    challenge = preset.challenges.find((c) => c.id === options.challenge);
    if (!challenge) {
      const known = preset.challenges.map((c) => c.id);
      throw new UsageError(
        `--challenge ${options.challenge}: the preset has ${known.length > 0 ? `no such challenge (it has ${known.join(', ')})` : 'no challenges'}`,
      );
    }
  }
  return { preset, trainee, ...(challenge ? { challenge } : {}) };
}
