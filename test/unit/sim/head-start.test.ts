import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { MonthUpdate } from '../../../src/engine/api.ts';
import { createSimulation } from '../../../src/engine/simulation.ts';
import { validateScenario } from '../../../src/engine/validate.ts';
import { headStart, likelyFirstScenario } from '../../../workers/warm.ts';
import { AUTOSAVE_KEY } from '../../../src/lib/storage/autosave.ts';
import { initialScenarioAtOnce } from '../../../src/lib/storage/startup.ts';

const preset = JSON.parse(readFileSync(new URL('../../../scenarios/default.json', import.meta.url), 'utf8'));
const small = { ...preset, market: { ...preset.market, customers: 20_000, months: 6 } };
const scenarioOf = (input: unknown) => {
  const result = validateScenario(input);
  if (!result.ok) throw new Error('invalid test scenario');
  return result.scenario;
};
const immediately = () => Promise.resolve();

describe('head start of the first run (workers/warm.ts)', () => {
  it('a run continued from months computed ahead has exactly the months of a fresh run', async () => {
    const head = headStart(small)!;
    expect(head).not.toBeNull();
    // Stop part-way, as a start arriving mid-way would.
    let turns = 0;
    const ahead = head.computeAhead(async () => {
      if (++turns === 3) head.stop();
    });
    await ahead;
    expect(head.months.length).toBe(3);
    expect(head.matches(scenarioOf(small), {})).toBe(true);

    const continued = [...head.months];
    while (!head.sim.done) continued.push(head.sim.step());
    const fresh = createSimulation(scenarioOf(small));
    const expected: MonthUpdate[] = [];
    while (!fresh.done) expected.push(fresh.step());
    expect(continued.length).toBe(expected.length);
    continued.forEach((update, i) => {
      expect(Array.from(update.frame)).toEqual(Array.from(expected[i].frame));
      expect(Array.from(update.cohort)).toEqual(Array.from(expected[i].cohort));
    });
  });

  it('computes to the end of the run when no start takes it over', async () => {
    const head = headStart(small)!;
    await head.computeAhead(immediately);
    expect(head.months.length).toBe(small.market.months + 1);
    expect(head.sim.done).toBe(true);
  });

  it('is not used for another scenario or for a run with overrides', () => {
    const head = headStart(small)!;
    expect(head.matches(scenarioOf({ ...small, market: { ...small.market, customers: 30_000 } }), {})).toBe(false);
    expect(head.matches(scenarioOf(small), { seed: 7 })).toBe(false);
    expect(head.matches(scenarioOf(small), { seed: undefined })).toBe(true);
  });

  it('gives no head start for an invalid scenario or a run too big to start by itself', () => {
    expect(headStart({ ...small, market: { ...small.market, customers: -5 } })).toBeNull();
    expect(headStart({ schemaVersion: 1 })).toBeNull();
    expect(headStart({ ...preset, market: { ...preset.market, customers: 1_000_000 } })).toBeNull();
  });

  it('works out the scenario the app will open with from the page hint, as startup.ts does', () => {
    expect(likelyFirstScenario({ shareLink: false, autosave: null })).toEqual(preset);
    const draft = JSON.stringify({ format: 1, savedAt: 0, input: small, origin: preset });
    expect(likelyFirstScenario({ shareLink: false, autosave: draft })).toEqual(small);
    // A share link is decoded by the app later; a corrupt draft makes the app report it first.
    expect(likelyFirstScenario({ shareLink: true, autosave: null })).toBeNull();
    expect(likelyFirstScenario({ shareLink: false, autosave: '{not json' })).toBeNull();
    expect(AUTOSAVE_KEY).toBe('telecom-workbench:draft'); // the inline script reads this key before the app loads
  });

  it('guesses what the app opens at once for every kind of stored draft (the same function decides)', () => {
    const stored = (text: string | null) => ({ getItem: (key: string) => (key === AUTOSAVE_KEY ? text : null) }) as Storage;
    const drafts: (string | null)[] = [
      null,
      JSON.stringify({ format: 1, savedAt: 0, input: small, origin: preset }),
      JSON.stringify({ format: 1, savedAt: 0, input: small, origin: { schemaVersion: 99 } }), // origin unreadable
      JSON.stringify({ format: 1, savedAt: 0, input: { ...small, market: { ...small.market, customers: -1 } }, origin: preset }), // invalid
      JSON.stringify({ format: 1, savedAt: 0, input: { ...small, schemaVersion: 99 }, origin: preset }), // from a newer app
      JSON.stringify({ format: 2, input: small, origin: preset }),
      '{not json',
    ];
    for (const text of drafts) {
      const app = initialScenarioAtOnce({ hash: '', storage: stored(text) });
      const guess = likelyFirstScenario({ shareLink: false, autosave: text });
      expect(guess, String(text).slice(0, 60)).toEqual(app?.input ?? null);
      // …and the app's first start takes the head start made from that guess.
      if (app) expect(headStart(guess)?.matches(scenarioOf(app.input), {})).toBe(true);
    }
  });
});
