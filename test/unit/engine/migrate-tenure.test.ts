import 'fake-indexeddb/auto'; // globals idb needs (IDBRequest…); each test still gets its own factory
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { at, CHURN_CAUSES } from '../../../src/engine/frame.ts';
import { migrateScenario } from '../../../src/engine/migrate.ts';
import { migrateTenureV2 } from '../../../src/engine/migrations/tenure.ts';
import { SCHEMA_VERSION } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { WorkLibrary } from '../../../src/lib/storage/library.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';
import { withoutTenure } from '../../helpers/tenure.ts';

const PRESETS = readdirSync(new URL('../../../scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('schema version 2 → 3 (segment tenure curves)', () => {
  it('brings every preset, as a version-2 file, to version 3 with the tenure curves at their defaults', () => {
    for (const name of PRESETS) {
      const current = withoutTenure(readScenarioInput(name));
      const v2 = { ...structuredClone(current), schemaVersion: 2 } as Record<string, unknown>;
      const result = migrateScenario(v2);
      expect(result.ok && result.from, name).toBe(2);
      if (!result.ok) continue;
      expect(result.data.schemaVersion).toBe(3);
      const scenario = mustValidate(result.data);
      expect(scenario).toEqual(mustValidate(current));
      // The defaults add nothing a version-2 run did not have: no early churn, upsell, extra cost, referrals or premium.
      for (const s of scenario.market.segments)
        expect(s.tenure).toEqual({ earlyChurn: 0, months: 6, spendGrowth: 0, earlyCost: 0, referrals: 0, loyalPremium: 0 });
    }
  });

  it('a migrated version-2 file runs without a tenure effect: no churner is a new customer', () => {
    const result = migrateScenario({ ...withoutTenure(readScenarioInput('default')), schemaVersion: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = runScenario(mustValidate(result.data), { customers: 3000, months: 8, seed: 5 });
    const L = out.meta.layout;
    const c = CHURN_CAUSES.indexOf('newCustomer');
    let churners = 0;
    for (const f of out.frames)
      for (let o = 0; o < L.operators; o++) {
        expect(f[at.cause(L, o, c)]).toBe(0);
        churners += f[at.op(L, o, 'churned')];
      }
    expect(churners).toBeGreaterThan(0);
  });

  it('leaves the document itself alone (the step only exists to compose with the other version-3 changes)', () => {
    const doc = { schemaVersion: 2, market: { segments: [{ id: 'a' }] } };
    expect(migrateTenureV2(structuredClone(doc))).toEqual(doc);
  });

  it('a run saved by the version-2 app opens with its scenario in the current schema', async () => {
    const scenario = mustValidate(withoutTenure(readScenarioInput('default')));
    const overrides = { customers: 1000, months: 2, seed: 3 };
    const out = runScenario(scenario, overrides);
    const library = await WorkLibrary.open({ factory: new IDBFactory() });
    const old = { ...scenario, schemaVersion: 2 } as unknown as typeof scenario;
    const saved = await library.saveRun('Version-2 run', { meta: out.meta, frames: out.frames, cohorts: out.cohorts }, { scenario: old, overrides });
    const opened = await library.openRun(saved.id);
    expect(opened?.request.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(mustValidate(opened?.request.scenario)).toEqual(scenario);
  });
});
