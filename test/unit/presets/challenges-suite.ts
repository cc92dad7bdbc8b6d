/**
 * Each preset's challenge is solvable and not already solved: at the preset's own size and on the
 * challenge's seeds, a known good strategy passes it, and the preset's own strategy and the known
 * bad ones do not. The strategies are in challenge-solutions.ts.
 */
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { challengeOverrides, judgeRuns, type ChallengeResult } from '../../../src/engine/challenge/index.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';
import type { Solution } from './challenge-solutions.ts';

const why = (r: ChallengeResult) =>
  `score ${r.score.toFixed(1)}; ` +
  r.goals.map((g, i) => `goal ${i + 1} ${g.metric} achieved ${g.achieved} vs ${g.comparison} ${g.target} (met in ${g.metShare})`).join('; ') +
  (r.budget ? `; spend ${r.budget.spend} of cap ${r.budget.cap}` : '') +
  (r.violations.length ? `; outside the rules: ${r.violations.map((v) => v.path).join(', ')}` : '');

export function describeChallenges(solutions: readonly Solution[]): void {
  describe.each(solutions)('$preset: challenge $challenge', (s) => {
    it('the preset’s own strategy and the known bad ones fail; the known good one passes', () => {
      const preset = mustValidate(readScenarioInput(s.preset));
      const challenge = preset.challenges.find((c) => c.id === s.challenge);
      expect(challenge, `${s.preset} has no challenge ${s.challenge}`).toBeDefined();
      if (!challenge) return;
      const overrides = challengeOverrides(challenge, preset);
      const presetRuns = overrides.map((o) => runScenario(preset, o));
      const judge = (patch: Record<string, unknown>) => {
        const trainee = mustValidate(applyPatch(preset, patch));
        return judgeRuns(
          challenge,
          preset,
          trainee,
          presetRuns,
          overrides.map((o) => runScenario(trainee, o)),
        );
      };
      const own = judgeRuns(challenge, preset, preset, presetRuns, presetRuns);
      expect(own.passed, `the preset's own strategy passes: ${why(own)}`).toBe(false);
      const good = judge(s.good);
      expect(good.violations, 'the known good strategy breaks the lever rules').toEqual([]);
      expect(good.passed, `the known good strategy fails: ${why(good)}`).toBe(true);
      expect(good.score).toBeGreaterThan(own.score);
      for (const [name, patch] of Object.entries(s.bad)) {
        const bad = judge(patch);
        expect(bad.passed, `"${name}" passes: ${why(bad)}`).toBe(false);
      }
    }, 300_000);
  });
}
