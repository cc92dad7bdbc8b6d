/**
 * Every note of every preset has claims (claims.ts), and the claims fit the file: same view and
 * month, quotes that are the note's own words, runs that exist, patches that apply. A new note
 * fails here until it gets its claims. No simulation runs in this file.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPatch, type Check, type PresetClaims } from '../../helpers/claims.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';
import { CLAIMS } from './claims.ts';
import { CLAIM_FILES } from './claims-suite.ts';

const presets = readdirSync(new URL('../../../scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const checksOf = (claims: PresetClaims): Check[] => [...claims.notes.flatMap((n) => n.checks), ...(claims.text ?? []).flatMap((t) => t.checks)];
const runsUsed = (check: Check) => [check.on ?? 'preset', ...('vs' in check.expect ? [check.expect.vs] : []), ...(check.metric.uses ?? [])];

describe('preset claims: coverage', () => {
  it('every preset has claims, each is run by exactly one claims file, and no claims name a missing preset', () => {
    expect(Object.keys(CLAIMS).sort()).toEqual([...presets].sort());
    expect(Object.values(CLAIM_FILES).flat().sort()).toEqual([...presets].sort());
  });

  describe.each(presets)('%s', (id) => {
    const input = readScenarioInput(id);
    const claims = CLAIMS[id] ?? { notes: [] };

    it('has one entry per note, with the note’s view and month, and at least one check', () => {
      const notes = input.lookAt ?? [];
      expect(claims.notes.length, 'entries in claims.ts against notes in the file').toBe(notes.length);
      notes.forEach((note, i) => {
        const claim = claims.notes[i];
        expect({ view: claim.view, month: claim.month }, `note ${i}`).toEqual({ view: note.view, month: note.month });
        expect(claim.checks.length, `note ${i} has no check`).toBeGreaterThan(0);
        for (const check of claim.checks) if (check.quote) expect(note.note.en, `note ${i}: “${check.says}”`).toContain(check.quote);
      });
    });

    it('has its description and objective claims where the file has that text', () => {
      for (const text of claims.text ?? []) {
        const objective = /^objectives\[(\d+)\]$/.exec(text.where);
        const en = objective ? input.objectives?.[Number(objective[1])]?.en : input.description?.en;
        expect(en, text.where).toBeTruthy();
        expect(text.checks.length, text.where).toBeGreaterThan(0);
        for (const check of text.checks) if (check.quote) expect(en, `${text.where}: “${check.says}”`).toContain(check.quote);
      }
    });

    it('names only runs it defines, uses every run it defines, and each patch applies and changes the file', () => {
      const defined = Object.keys(claims.runs ?? {});
      const used = new Set(checksOf(claims).flatMap(runsUsed));
      for (const name of used) expect(['preset', ...defined], `run ${name}`).toContain(name);
      for (const name of defined) expect(used.has(name), `run ${name} is never used`).toBe(true);
      for (const [name, cf] of Object.entries(claims.runs ?? {})) {
        const patched = applyPatch(input, cf.patch);
        mustValidate(patched);
        if (cf.seed === undefined) expect(patched, `${name} changes nothing`).not.toEqual(input);
      }
    });
  });
});

describe('preset claims: patches', () => {
  const doc = {
    operators: [
      { id: 'a', x: 1, tiers: [{}, { p: 1 }] },
      { id: 'b', x: 2 },
    ],
    events: [{ type: 'e', month: 1 }, { type: 'f' }],
  };

  it('pick array elements by id, by key=value, by index or all, and do not change the original', () => {
    expect(applyPatch(doc, [{ op: 'replace', path: '/operators/b/x', value: 5 }]).operators[1].x).toBe(5);
    expect(applyPatch(doc, [{ op: 'remove', path: '/events/type=e' }]).events).toEqual([{ type: 'f' }]);
    expect(applyPatch(doc, [{ op: 'add', path: '/operators/a/tiers/*/p', value: 0 }]).operators[0].tiers).toEqual([{ p: 0 }, { p: 0 }]);
    expect(applyPatch(doc, [{ op: 'copy', from: '/operators/b/x', path: '/operators/a/x' }]).operators[0].x).toBe(2);
    expect(applyPatch(doc, [{ op: 'remove', path: '/operators/0/tiers' }]).operators[0]).toEqual({ id: 'a', x: 1 });
    expect(doc.operators[0].x).toBe(1);
    expect(doc.events).toHaveLength(2);
  });

  it('fail when a path matches nothing, so a renamed lever cannot leave a counterfactual equal to the preset', () => {
    expect(() => applyPatch(doc, [{ op: 'replace', path: '/operators/c/x', value: 5 }])).toThrow(/matches nothing/);
    expect(() => applyPatch(doc, [{ op: 'replace', path: '/operators/a/y', value: 5 }])).toThrow(/matches nothing/);
    expect(() => applyPatch(doc, [{ op: 'remove', path: '/events/type=g' }])).toThrow(/matches nothing/);
  });
});
