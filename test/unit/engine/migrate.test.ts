import { describe, expect, it } from 'vitest';
import { describeMigrationProblem, migrateScenario, SCENARIO_MIGRATIONS, type MigrationLadder } from '../../../src/engine/migrate.ts';
import { SCHEMA_VERSION } from '../../../src/engine/schema.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';
import { readdirSync } from 'node:fs';
import { withoutTenure } from '../../helpers/tenure.ts';

const PRESETS = readdirSync(new URL('../../../scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

/**
 * A ladder that exists only in this test: version 1 had `name` (a string) where 2 has `title`,
 * and version 2 had `customers` at the top where 3 has it in `market`. It exercises the mechanism
 * beyond the one step the released ladder has.
 */
const testLadder: MigrationLadder = {
  1: ({ name, ...rest }) => ({ ...rest, schemaVersion: 2, title: { en: String(name), 'zh-CN': String(name) } }),
  2: ({ customers, market, ...rest }) => ({ ...rest, schemaVersion: 3, market: { ...(market as object), customers } }),
};

describe('scenario migrations', () => {
  it('a current document passes through unchanged (same object)', () => {
    expect(Object.keys(SCENARIO_MIGRATIONS)).toEqual(['1', '2']);
    const doc = readScenarioInput('default');
    const result = migrateScenario(doc);
    expect(result).toEqual({ ok: true, data: doc, from: SCHEMA_VERSION });
    if (result.ok) expect(result.data).toBe(doc);
  });

  it('brings every version-1 preset to the current version, where it validates to the same scenario as the current file', () => {
    for (const name of PRESETS) {
      // A version-1 document has neither variants nor (version 3) segment tenure curves.
      const current = withoutTenure(readScenarioInput(name));
      const v1 = { ...structuredClone(current), schemaVersion: 1 } as Record<string, unknown>;
      delete v1.variants;
      delete v1.challenges;
      const result = migrateScenario(v1);
      expect(result.ok && result.from).toBe(1);
      if (!result.ok) continue;
      expect(result.data.schemaVersion).toBe(SCHEMA_VERSION);
      expect(mustValidate(result.data)).toEqual(mustValidate({ ...current, variants: [], challenges: [] }));
    }
  });

  it('brings a version-2 file (before response rules) to version 3 with no rules, and keeps the input as it was', () => {
    for (const name of PRESETS) {
      const current = readScenarioInput(name);
      const v2 = { ...structuredClone(current), schemaVersion: 2 } as Record<string, unknown>;
      for (const op of v2.operators as Record<string, unknown>[]) delete op.responses;
      const before = structuredClone(v2);
      const result = migrateScenario(v2);
      expect(result.ok && result.from).toBe(2);
      expect(v2).toEqual(before);
      if (!result.ok) continue;
      expect(result.data.schemaVersion).toBe(3);
      const parsed = mustValidate(result.data);
      expect(parsed.operators.every((op) => op.responses.length === 0)).toBe(true);
      if (!current.operators.some((op) => op.responses?.length)) expect(parsed).toEqual(mustValidate(current));
    }
  });

  it('applies every step from the document version up, in order, without touching the input', () => {
    const v1 = { schemaVersion: 1, name: 'Old', customers: 500, market: { months: 3 } };
    const before = structuredClone(v1);
    const result = migrateScenario(v1, testLadder, 3);
    expect(result).toEqual({ ok: true, from: 1, data: { schemaVersion: 3, title: { en: 'Old', 'zh-CN': 'Old' }, market: { months: 3, customers: 500 } } });
    expect(v1).toEqual(before);
    // A version-2 document takes only the second step.
    expect(migrateScenario({ schemaVersion: 2, title: 'x', customers: 7, market: {} }, testLadder, 3)).toEqual({
      ok: true,
      from: 2,
      data: { schemaVersion: 3, title: 'x', market: { customers: 7 } },
    });
  });

  it('rejects future, missing, non-integer and unconvertible versions with a message naming schemaVersion', () => {
    const cases: [unknown, string][] = [
      [{ schemaVersion: 4 }, 'futureVersion'],
      [{}, 'missingVersion'],
      [{ schemaVersion: 1.5 }, 'badVersion'],
      [{ schemaVersion: '1' }, 'badVersion'],
      [{ schemaVersion: 0 }, 'badVersion'],
      [{ schemaVersion: null }, 'badVersion'],
      [[1, 2], 'notObject'],
      ['text', 'notObject'],
      [null, 'notObject'],
    ];
    for (const [doc, kind] of cases) {
      const result = migrateScenario(doc, testLadder, 3);
      expect(result.ok, JSON.stringify(doc)).toBe(false);
      if (!result.ok) {
        expect(result.problem.kind).toBe(kind);
        if (kind !== 'notObject') expect(describeMigrationProblem(result.problem)).toMatch(/schemaVersion/);
      }
    }
    const future = migrateScenario({ schemaVersion: SCHEMA_VERSION + 1 });
    expect(!future.ok && describeMigrationProblem(future.problem)).toMatch(/newer version of the workbench/);
    // A gap in the ladder is an old version nobody can convert, not a crash.
    const gap = migrateScenario({ schemaVersion: 1 }, { 2: testLadder[2] }, 3);
    expect(gap).toEqual({ ok: false, problem: { kind: 'unsupportedVersion', version: 1, current: 3 } });
  });
});
