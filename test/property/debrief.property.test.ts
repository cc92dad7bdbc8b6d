/**
 * A debrief never cites a number that is not in the result: over generated scenarios (with a
 * trainee's change compared against them on paired seeds), every number a sentence shows is one
 * of its cited values, written as the formatter writes it, and every cited value is what its
 * reference gives in the run, the comparison or the scenario.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/engine/analysis/patch.ts';
import { compareRuns } from '../../src/engine/analysis/compare.ts';
import { summarizeRun } from '../../src/engine/analysis/summary.ts';
import { debrief, formatValue, LANGS_FOR_TESTS, resolveRef, type DebriefInput } from '../../src/engine/debrief/index.ts';
import { runScenario } from '../../src/engine/simulation.ts';
import { scenarioArb } from '../helpers/arbitraries.ts';
import { mustValidate } from '../helpers/scenarios.ts';

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

function check(input: DebriefInput): void {
  const sentences = debrief(input);
  expect(sentences.length).toBeGreaterThanOrEqual(1);
  expect(sentences.length).toBeLessThanOrEqual(8);
  const names = (lang: 'en' | 'zh-CN') => [...input.run.meta.operators, ...input.run.meta.segments].map((x) => x.name[lang] || x.id);
  for (const s of sentences) {
    for (const v of s.values) {
      expect(Number.isFinite(v.value), `${s.rule}: ${JSON.stringify(v.ref)}`).toBe(true);
      expect(v.value).toBe(resolveRef(v.ref, input));
    }
    for (const lang of LANGS_FOR_TESTS) {
      let text = s[lang];
      // Names may hold digits of their own ("3G"): they are not numbers the sentence cites.
      for (const name of names(lang).sort((a, b) => b.length - a.length)) text = text.split(name).join(' ');
      const shown = s.values.map((v) => formatValue(v.value, v.format, lang));
      for (const f of shown) expect(s[lang], `${s.rule} (${lang})`).toContain(f);
      const allowed = new Set(shown.flatMap((f) => f.match(NUMBER) ?? []));
      for (const n of text.match(NUMBER) ?? []) expect(allowed.has(n), `${s.rule} (${lang}) shows ${n} in: ${s[lang]}`).toBe(true);
    }
  }
}

describe('debrief numbers', () => {
  it('cites only numbers of the result, as it writes them, in both languages', () => {
    fc.assert(
      fc.property(scenarioArb({ customers: [800, 3000], months: [4, 14] }), fc.double({ min: 0.6, max: 1.4, noNaN: true }), (scenario, tariff) => {
        const trainee = mustValidate(applyPatch(scenario, { 'operators[0].pricing.tariffIndex': Math.round(tariff * 100) / 100 }));
        const seeds = [scenario.market.seed, scenario.market.seed + 1];
        const presetRuns = seeds.map((seed) => runScenario(scenario, { seed }));
        const traineeRuns = seeds.map((seed) => runScenario(trainee, { seed }));
        check({ scenario, run: presetRuns[0] });
        check({
          scenario: trainee,
          run: traineeRuns[0],
          preset: { scenario, run: presetRuns[0] },
          comparison: compareRuns(presetRuns.map(summarizeRun), traineeRuns.map(summarizeRun)),
        });
      }),
      { numRuns: 15 },
    );
  });
});
