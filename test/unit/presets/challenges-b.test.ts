/** Preset challenges, second half (challenges-suite.ts), and that every preset has one. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';
import { SOLUTIONS } from './challenge-solutions.ts';
import { describeChallenges } from './challenges-suite.ts';

describeChallenges(SOLUTIONS.slice(6));

describe('preset challenges', () => {
  it('every preset has at least one challenge, each with a known good strategy in the tests', () => {
    const presets = readdirSync(new URL('../../../scenarios/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5));
    for (const name of presets) {
      const s = mustValidate(readScenarioInput(name));
      expect(s.challenges.length, name).toBeGreaterThanOrEqual(1);
      for (const c of s.challenges) {
        expect(
          SOLUTIONS.some((x) => x.preset === name && x.challenge === c.id),
          `${name}/${c.id} has no known good strategy`,
        ).toBe(true);
        expect(c.title.en && c.title['zh-CN'] && c.brief.en && c.brief['zh-CN'], `${name}/${c.id} texts`).toBeTruthy();
        expect(c.replications).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
