/**
 * Churners by main cause (issue 4, glass box): the engine records the cause of every churner
 * with its segment. The per-segment counts must add up to the segment's churners, and over the
 * segments to the operator's by-cause counts and churners, every month; and the breakdown must
 * not depend on how customers are split between workers.
 */
import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../src/engine/api.ts';
import { at, CHURN_CAUSES, segCauseValue } from '../../../src/engine/frame.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

function attributionProblems(out: RunOutput): string[] {
  const L = out.meta.layout;
  const O = out.meta.operators.length;
  const S = out.meta.segments.length;
  const bad: string[] = [];
  out.frames.forEach((f, t) => {
    for (let o = 0; o < O; o++) {
      let opTotal = 0;
      for (let c = 0; c < CHURN_CAUSES.length; c++) {
        let overSegments = 0;
        for (let s = 0; s < S; s++) overSegments += segCauseValue(f, L, o, s, c);
        if (overSegments !== f[at.cause(L, o, c)])
          bad.push(`month ${t} op ${o} ${CHURN_CAUSES[c]}: segments ${overSegments} ≠ operator ${f[at.cause(L, o, c)]}`);
        opTotal += f[at.cause(L, o, c)];
      }
      if (opTotal !== f[at.op(L, o, 'churned')]) bad.push(`month ${t} op ${o}: causes ${opTotal} ≠ churned ${f[at.op(L, o, 'churned')]}`);
      for (let s = 0; s < S; s++) {
        let segTotal = 0;
        for (let c = 0; c < CHURN_CAUSES.length; c++) {
          const n = segCauseValue(f, L, o, s, c);
          if (!Number.isInteger(n) || n < 0) bad.push(`month ${t} op ${o} seg ${s}: ${CHURN_CAUSES[c]} = ${n}`);
          segTotal += n;
        }
        if (segTotal !== f[at.seg(L, o, s, 'churned')]) bad.push(`month ${t} op ${o} seg ${s}: causes ${segTotal} ≠ churned ${f[at.seg(L, o, s, 'churned')]}`);
      }
    }
  });
  return bad;
}

describe('churners by main cause per operator × segment', () => {
  for (const name of ['default', 'number-portability']) {
    it(`${name}: segment causes sum to the segment's churners and to the operator's causes, every month`, () => {
      const out = runScenario(mustValidate(readScenarioInput(name)), { customers: 6000, months: 18, seed: 5 });
      expect(attributionProblems(out)).toEqual([]);
      // The breakdown is not empty and names more than one cause over the run (the test checks something).
      const L = out.meta.layout;
      const seen = new Set<number>();
      let total = 0;
      for (const f of out.frames)
        for (let o = 0; o < out.meta.operators.length; o++)
          for (let s = 0; s < out.meta.segments.length; s++)
            for (let c = 0; c < CHURN_CAUSES.length; c++) {
              const n = segCauseValue(f, L, o, s, c);
              total += n;
              if (n > 0) seen.add(c);
            }
      expect(total).toBeGreaterThan(100);
      expect(seen.size).toBeGreaterThan(1);
    });
  }

  it('number portability shows up as a cause once it is launched, and not before', () => {
    const out = runScenario(mustValidate(readScenarioInput('number-portability')), { customers: 6000, seed: 3 });
    const L = out.meta.layout;
    const p = CHURN_CAUSES.indexOf('portability');
    const portabilityChurners = (t: number) => {
      let n = 0;
      for (let o = 0; o < out.meta.operators.length; o++) for (let s = 0; s < out.meta.segments.length; s++) n += segCauseValue(out.frames[t], L, o, s, p);
      return n;
    };
    const launched = out.frames.findIndex((f) => f[at.market(L, 'portability')] === 1);
    expect(launched).toBeGreaterThan(0);
    for (let t = 0; t < launched; t++) expect(portabilityChurners(t), `month ${t}`).toBe(0);
    let after = 0;
    for (let t = launched; t < out.frames.length; t++) after += portabilityChurners(t);
    expect(after).toBeGreaterThan(0);
  });

  it('same seed → the same frames (causes and hazard terms included) with 1 and 2 slices', () => {
    const s = mustValidate(readScenarioInput('number-portability'));
    const run = (slices: number) => runScenario(s, { customers: 3000, months: 10, seed: 11 }, undefined, slices);
    const a = run(1);
    const b = run(2);
    const again = run(1);
    expect(b.frames.length).toBe(a.frames.length);
    for (let t = 0; t < a.frames.length; t++) {
      expect(Array.from(b.frames[t]), `2 slices, month ${t}`).toEqual(Array.from(a.frames[t]));
      expect(Array.from(again.frames[t]), `second run, month ${t}`).toEqual(Array.from(a.frames[t]));
    }
  });
});
