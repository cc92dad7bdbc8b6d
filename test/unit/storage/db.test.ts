import 'fake-indexeddb/auto'; // globals idb needs (IDBRequest…); each test still gets its own factory
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { DB_VERSION, openWorkDB } from '../../../src/lib/storage/db.ts';
import { WorkLibrary } from '../../../src/lib/storage/library.ts';
import { jsonBytes, unpackRun } from '../../../src/lib/storage/records.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const input = readScenarioInput('default');

describe('the saved-work database', () => {
  it('opens a v1 database with scenarios in it and carries them into v2 (sizes, date index, runs store)', async () => {
    const factory = new IDBFactory();
    const v1 = await openWorkDB({ factory, version: 1 });
    if (!v1.ok) throw new Error(v1.failure.detail);
    expect([...v1.db.objectStoreNames]).toEqual(['scenarios']);
    // Records as version 1 wrote them: no size.
    const old = [
      { id: 'a', name: 'Older', savedAt: 1000, input, origin: 'default' },
      { id: 'b', name: 'Newer <b>markup</b>', savedAt: 2000, input: { ...input, id: 'copy' }, origin: null },
    ];
    const tx = v1.db.transaction('scenarios', 'readwrite');
    for (const r of old) await (tx.objectStore('scenarios') as unknown as IDBObjectStore).put(r);
    await tx.done;
    v1.db.close();

    const v2 = await openWorkDB({ factory });
    if (!v2.ok) throw new Error(v2.failure.detail);
    expect(v2.db.version).toBe(DB_VERSION);
    expect([...v2.db.objectStoreNames].sort()).toEqual(['runs', 'scenarios']);
    expect([...v2.db.transaction('scenarios').store.indexNames]).toEqual(['savedAt']);
    const carried = await v2.db.getAll('scenarios');
    expect(carried).toEqual(old.map((r) => ({ ...r, size: jsonBytes(r.input) })));
    v2.db.close();

    const library = await WorkLibrary.open({ factory });
    expect(library.persistent).toBe(true);
    expect((await library.list('scenarios')).map((s) => s.name)).toEqual(['Newer <b>markup</b>', 'Older']);
    expect((await library.get('scenarios', 'a'))?.input).toEqual(input);
  });

  it('save, list (newest first), rename, duplicate, delete and restore; it all survives reopening', async () => {
    const factory = new IDBFactory();
    let library = await WorkLibrary.open({ factory });
    const first = await library.saveScenario('First', input, 'default', 1000);
    const second = await library.saveScenario('Second', { ...input, id: 'second' }, null, 2000);
    expect(first.size).toBe(jsonBytes(input));
    await library.rename('scenarios', first.id, 'First, renamed');
    const copy = await library.duplicate('scenarios', second.id, 'Second (copy)', 3000);
    expect((await library.list('scenarios')).map((s) => s.name)).toEqual(['Second (copy)', 'Second', 'First, renamed']);
    const removed = await library.remove('scenarios', second.id);
    expect(removed?.name).toBe('Second');
    expect((await library.list('scenarios')).map((s) => s.name)).toEqual(['Second (copy)', 'First, renamed']);
    await library.restore('scenarios', removed!);

    library = await WorkLibrary.open({ factory }); // as after a reload
    const listed = await library.list('scenarios');
    expect(listed.map((s) => [s.name, s.savedAt])).toEqual([
      ['Second (copy)', 3000],
      ['Second', 2000],
      ['First, renamed', 1000],
    ]);
    expect(listed.every((s) => Object.keys(s).sort().join() === 'id,name,savedAt,size')).toBe(true);
    expect((await library.get('scenarios', copy!.id))?.input).toEqual({ ...input, id: 'second' });
    expect((await library.get('scenarios', first.id))?.origin).toBe('default');
  });

  it('a run is stored compactly (one buffer) and comes back bit for bit, with what made it', async () => {
    const scenario = mustValidate(input);
    const overrides = { customers: 2000, months: 6, seed: 11 };
    const out = runScenario(scenario, overrides);
    const library = await WorkLibrary.open({ factory: new IDBFactory() });
    const saved = await library.saveRun('A run', { meta: out.meta, frames: out.frames, cohorts: out.cohorts }, { scenario, overrides });
    const floats = out.frames.reduce((a, f) => a + f.length, 0) + out.cohorts.reduce((a, c) => a + c.length, 0);
    expect(saved.data.byteLength).toBe(floats * 8);
    expect(saved.size).toBeGreaterThan(floats * 8);
    expect(saved.size).toBeLessThan(floats * 8 + 20_000);

    const opened = await library.openRun(saved.id);
    expect(opened?.request).toEqual({ scenario, overrides });
    expect(opened?.snapshot.meta).toEqual(out.meta);
    expect(opened?.snapshot.frames).toEqual(out.frames);
    expect(opened?.snapshot.cohorts).toEqual(out.cohorts);
    expect((await library.list('runs')).map((r) => r.name)).toEqual(['A run']);
    // Opened runs are views into the one stored buffer, not copies per month.
    const shown = unpackRun((await library.get('runs', saved.id))!);
    expect(new Set([...shown.frames, ...shown.cohorts].map((a) => a.buffer)).size).toBe(1);
  });

  it('a run saved by the version-1 app opens with its scenario in the current schema', async () => {
    const scenario = mustValidate(input);
    const overrides = { customers: 1000, months: 2, seed: 3 };
    const out = runScenario(scenario, overrides);
    const library = await WorkLibrary.open({ factory: new IDBFactory() });
    const old = { ...scenario, schemaVersion: 1 } as unknown as typeof scenario;
    const saved = await library.saveRun('Old run', { meta: out.meta, frames: out.frames, cohorts: out.cohorts }, { scenario: old, overrides });
    const opened = await library.openRun(saved.id);
    expect(opened?.request.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(mustValidate(opened?.request.scenario)).toEqual(scenario);
  });

  it('a run saved by the version-2 app (before response rules) opens in the current schema, with no rules', async () => {
    const scenario = mustValidate(input);
    const overrides = { customers: 1000, months: 2, seed: 3 };
    const out = runScenario(scenario, overrides);
    const library = await WorkLibrary.open({ factory: new IDBFactory() });
    const { operators, ...rest } = structuredClone(scenario);
    const old = { ...rest, schemaVersion: 2, operators: operators.map(({ responses: _none, ...op }) => op) } as unknown as typeof scenario;
    const saved = await library.saveRun('Version-2 run', { meta: out.meta, frames: out.frames, cohorts: out.cohorts }, { scenario: old, overrides });
    const opened = await library.openRun(saved.id);
    expect(opened?.request.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(mustValidate(opened?.request.scenario)).toEqual(scenario);
    expect(opened?.snapshot.responses).toBeUndefined();
  });

  it('a run whose operators answered keeps its fired responses when saved and opened', async () => {
    const scenario = mustValidate(readScenarioInput('price-war'));
    const overrides = { customers: 20_000, months: 20 };
    const out = runScenario(scenario, overrides);
    expect(out.responses?.length).toBeGreaterThan(0);
    const library = await WorkLibrary.open({ factory: new IDBFactory() });
    const snapshot = { meta: out.meta, frames: out.frames, cohorts: out.cohorts, responses: out.responses };
    const saved = await library.saveRun('Price war', snapshot, { scenario, overrides });
    const opened = await library.openRun(saved.id);
    expect(opened?.snapshot.responses).toEqual(out.responses);
  });

  it('a run saved by the version-2 app opens with its single challenge as a version-3 challenge', async () => {
    const scenario = mustValidate(input);
    const overrides = { customers: 1000, months: 2, seed: 3 };
    const out = runScenario(scenario, overrides);
    const library = await WorkLibrary.open({ factory: new IDBFactory() });
    const goal = { en: 'Keep share', 'zh-CN': '保住份额' };
    const old = {
      ...scenario,
      schemaVersion: 2,
      challenge: { goal, operator: scenario.operators[0].id, metric: 'subscriberShare', comparison: 'atLeast', target: 0.5 },
    };
    delete (old as { challenges?: unknown }).challenges;
    const saved = await library.saveRun(
      'v2 run',
      { meta: out.meta, frames: out.frames, cohorts: out.cohorts },
      { scenario: old as unknown as typeof scenario, overrides },
    );
    const opened = await library.openRun(saved.id);
    expect(opened?.request.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    const reopened = mustValidate(opened?.request.scenario);
    expect(reopened.challenges).toEqual([
      expect.objectContaining({
        title: goal,
        operator: scenario.operators[0].id,
        goals: [expect.objectContaining({ metric: 'subscriberShare', comparison: 'atLeast', target: 0.5 })],
      }),
    ]);
  });

  it('a cancelled (partial) run is saved and opened as far as it got', async () => {
    const scenario = mustValidate(input);
    const overrides = { customers: 1500, months: 12, seed: 2 };
    const partial = runScenario(scenario, overrides, (u) => u.month < 4);
    expect(partial.frames.length).toBe(5);
    const library = await WorkLibrary.open({ factory: new IDBFactory() });
    const saved = await library.saveRun('Cancelled', { meta: partial.meta, frames: partial.frames, cohorts: partial.cohorts }, { scenario, overrides });
    const opened = await library.openRun(saved.id);
    expect(opened?.snapshot.frames).toEqual(partial.frames);
    expect(opened?.snapshot.cohorts).toEqual(partial.cohorts);
    expect(opened?.snapshot.meta.months).toBe(12);
  });
});
