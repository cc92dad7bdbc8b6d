import { describe, expect, it } from 'vitest';
import { migrateScenario } from '../../../src/engine/migrate.ts';
import { migrateChallenge } from '../../../src/engine/migrations/challenges.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const oldChallenge = {
  goal: { en: 'Keep profit above 9 M', 'zh-CN': '利润保持在900万以上' },
  operator: 'mobile',
  metric: 'profit',
  comparison: 'atLeast',
  target: 9e6,
  month: 24,
};

/** A version-2 file: the current preset without version-3 fields, with a single-goal challenge. */
function version2(challenge: unknown): Record<string, unknown> {
  const doc = { ...structuredClone(readScenarioInput('default')), schemaVersion: 2 } as Record<string, unknown>;
  delete doc.challenges;
  if (challenge !== undefined) doc.challenge = challenge;
  return doc;
}

describe('schema 2 → 3: challenges', () => {
  it('turns the single challenge into a one-goal challenge that asks the same', () => {
    const result = migrateScenario(version2(oldChallenge));
    expect(result.ok && result.from).toBe(2);
    if (!result.ok) return;
    expect(result.data.schemaVersion).toBe(3);
    expect(result.data).not.toHaveProperty('challenge');
    const scenario = mustValidate(result.data);
    expect(scenario.challenges).toHaveLength(1);
    const [c] = scenario.challenges;
    expect(c.title).toEqual(oldChallenge.goal);
    expect(c.operator).toBe('mobile');
    expect(c.replications).toBe(1);
    expect(c.constraints).toEqual({});
    expect(c.goals).toEqual([{ metric: 'profit', comparison: 'atLeast', target: 9e6, month: 24, weight: 1 }]);
  });

  it('leaves a file without a challenge as it was, apart from the version', () => {
    const doc = version2(undefined);
    const result = migrateScenario(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({ ...result.data, schemaVersion: 2 }).toEqual(doc);
    expect(mustValidate(result.data).challenges).toEqual([]);
  });

  it('keeps a month-less goal month-less (judged at the last month) and does not touch its input', () => {
    const { month: _month, ...noMonth } = oldChallenge;
    const doc = version2(noMonth);
    const before = structuredClone(doc);
    const out = migrateChallenge(doc);
    expect(doc).toEqual(before);
    expect((out.challenges as { goals: object[] }[])[0].goals[0]).toEqual({ metric: 'profit', comparison: 'atLeast', target: 9e6 });
  });

  it('leaves a malformed old challenge for the validator to name', () => {
    const result = migrateScenario(version2({ goal: 'x', operator: 'nobody', metric: 'profit', comparison: 'atLeast', target: 1 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(() => mustValidate(result.data)).toThrow(/challenges\[0\]\.operator: unknown operator "nobody"/);
  });
});
