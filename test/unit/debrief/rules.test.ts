import { describe, expect, it } from 'vitest';
import { evaluateChallenge } from '../../../src/engine/challenge/index.ts';
import { debrief, MAX_SENTENCES, resolveRef } from '../../../src/engine/debrief/index.ts';
import { at, CHURN_CAUSES } from '../../../src/engine/frame.ts';
import { byRule, inputFor, market, op, seg, versusInput } from './helpers.ts';

/** Values cited by a sentence, in order. */
const values = (s: { values: { value: number }[] }) => s.values.map((v) => v.value);

describe('debrief rules', () => {
  it('names the dominant churn cause with the churners and the cause’s share', () => {
    const input = inputFor(market([op('a', 0.5), op('b', 0.5, { pricing: { tariffIndex: 0.7 } })]));
    const [s] = byRule(input, 'dominantCause');
    expect(s.en).toMatch(/^a lost [\d,]+ customers in months 1–24; the main cause was rivals’ lower prices \(\d+\.\d % of them\)\.$/);
    expect(s.sources).toEqual([{ seed: '000', lines: 'L711–715' }]);
    const L = input.run.meta.layout;
    const churned = input.run.frames.slice(1).reduce((a, f) => a + f[at.op(L, 0, 'churned')], 0);
    expect(values(s)[0]).toBe(churned);
  });

  it('says nothing about causes when everyday churn explains it, and calls a quiet run quiet', () => {
    const input = inputFor(market([op('a', 0.5), op('b', 0.5)]));
    const sentences = debrief(input);
    expect(sentences.find((s) => s.rule === 'dominantCause')).toBeUndefined();
    const [quiet] = sentences.filter((s) => s.rule === 'nothingNotable');
    expect(quiet.en).toMatch(/^Nothing notable happened to a: its monthly churn stayed between [\d.]+ % and [\d.]+ %/);
    expect(quiet['zh-CN']).toMatch(/^a没有发生值得注意的变化/);
  });

  it('finds a window of high churn in a segment and the cause most of its churners had', () => {
    // A rival's deep price cut in month 8 (and back in month 11) makes a spike of price churn.
    const b = op('b', 0.5, {
      schedule: [
        { month: 8, pricing: { tariffIndex: 0.5 } },
        { month: 11, pricing: { tariffIndex: 1 } },
      ],
    });
    const input = inputFor(market([op('a', 0.5), b], { segments: [seg('all', { baseChurn: 0.01 })] }));
    const [s] = byRule(input, 'churnWindow');
    expect(s.en).toMatch(
      /^all churn at a rose to [\d.]+ % a month in months? [\d–]+ \(from [\d.]+ % in month \d+\); [\d.]+ % of those churners left because of rivals’ lower prices\.$/,
    );
    const [peak, from, to, before] = values(s);
    expect(from).toBe(8);
    expect(to).toBeLessThanOrEqual(16);
    expect(peak).toBeGreaterThan(1.5 * before);
  });

  it('ties a window of contract-expiry churn to the contracts’ length', () => {
    // A run whose frames are set to show a wave of expiries in months 13–15 (built, not simulated:
    // the rule reads only the frame and the scenario's contract length).
    const contracts = { lengthMonths: 12, uptake: 0.5 };
    const input = inputFor(market([op('a', 0.5, { contracts }), op('b', 0.5)]));
    const L = input.run.meta.layout;
    const expiry = CHURN_CAUSES.indexOf('contractExpiry');
    for (const t of [13, 14, 15]) {
      const f = input.run.frames[t];
      f[at.seg(L, 0, 0, 'churnRate')] *= 4;
      f[at.seg(L, 0, 0, 'churned')] *= 4;
      f[at.segCause(L, 0, 0, expiry)] += 3 * f[at.seg(L, 0, 0, 'churned')];
    }
    const [s] = byRule(input, 'churnWindow');
    expect(s.en).toMatch(
      /in months 13–15 \(from [\d.]+ % in month 12\), when the 12-month contracts expired; [\d.]+ % of those churners left because of contracts coming to an end\.$/,
    );
    expect(s['zh-CN']).toMatch(/在第13–15个月升至每月[\d.]+%（第12个月为[\d.]+%），正值12个月的合约到期/);
    expect(s.sources).toEqual([{ seed: '003', lines: 'L282–291' }]);
    expect(s.values.at(-1)).toMatchObject({ value: 12, ref: { path: 'scenario', at: 'operators[0].contracts.lengthMonths' } });
  });

  it('tells what a rival’s price cut did to the operator’s share, in which months', () => {
    const input = inputFor(market([op('a', 0.5), op('b', 0.5)], { events: [{ type: 'priceCut', month: 6, operator: 'b', factor: 0.7 }] }));
    const [s] = byRule(input, 'event');
    expect(s.en).toMatch(/^After b’s price cut in month 6, a’s share went from [\d.]+ % to [\d.]+ % by month 12 \(down [\d.]+ points\)\.$/);
    const [m, before, after, m2, delta] = values(s);
    expect([m, m2]).toEqual([6, 12]);
    expect(before - after).toBeCloseTo(-delta, 12);
    expect(delta).toBeLessThan(-0.01);
  });

  it('reports the largest net switching flow with both gross flows', () => {
    const input = inputFor(market([op('a', 0.5), op('b', 0.3, { pricing: { tariffIndex: 0.8 } }), op('c', 0.2)]));
    const [s] = byRule(input, 'switching');
    const [net, out, inn] = values(s);
    expect(s.en).toContain('lost a net');
    expect(s.en).toContain(' to b ');
    expect(net).toBe(inn - out);
    expect(net).toBeLessThan(0);
  });

  it('says what the retention programme bought, per customer kept', () => {
    const crm = { recall: 0.7, precision: 0.4, budgetShare: 0.05, saveRate: 0.6 };
    const input = inputFor(market([op('a', 0.5, { crm }), op('b', 0.5, { pricing: { tariffIndex: 0.85 } })]));
    const [s] = byRule(input, 'retention');
    const [offers, saves, perSave, spend] = values(s);
    expect(offers).toBeGreaterThan(saves);
    expect(perSave).toBeCloseTo(spend / saves, 9);
    expect(s.en).toMatch(/kept [\d,]+ customers who were about to leave, at RMB [\d,]+ per customer kept/);
  });

  it('names the largest spend item against revenue', () => {
    const input = inputFor(market([op('a', 0.5, { acquisition: { monthlyBudget: 60000 } }), op('b', 0.5)]));
    const [s] = byRule(input, 'spendMix');
    expect(s.en).toContain('acquisition campaigns took the most');
    expect(s.sources).toEqual([{ seed: '001', lines: 'L116' }]);
  });

  it('tells a fall in satisfaction with where the course discusses word of mouth', () => {
    const service = { level: 0.3, incidentRate: 0.3, fastResolution: 0 };
    const input = inputFor(market([op('a', 0.5, { service }), op('b', 0.5)]));
    const [s] = byRule(input, 'satisfaction');
    expect(s.en).toMatch(/^Average satisfaction at a fell from/);
    expect(s.sources).toEqual([{ seed: '001', lines: 'L148' }]);
  });

  it('states the 80/20 of revenue and profit at the last month', () => {
    const input = inputFor(market([op('a', 0.5), op('b', 0.5)], { segments: [seg('all', { spend: { median: 50, sigma: 1.6 } })] }));
    const [s] = byRule(input, 'concentration');
    expect(values(s)[0]).toBe(24);
    expect(values(s)[1]).toBe(input.run.frames[24][at.op(input.run.meta.layout, 0, 'top20RevenueShare')]);
  });

  it('compares with the preset’s strategy on paired seeds, with the interval when it is sure', () => {
    const preset = market([op('a', 0.5), op('b', 0.5, { pricing: { tariffIndex: 0.85 } })]);
    const input = versusInput(preset, { 'operators[0].crm': { recall: 0.8, precision: 0.5, budgetShare: 0.03, saveRate: 0.7 } }, 3);
    const [s] = byRule(input, 'versusPreset');
    expect(s.en).toMatch(/^Against the preset’s own strategy on the same 3 seeds, a’s profit to month 24 was (higher|lower) by /);
    expect(s.en).toMatch(/fewer customers left\.$/);
    for (const v of s.values) expect(v.value).toBe(resolveRef(v.ref, input));
  });

  it('says how sure the challenge score is', () => {
    const input = inputFor(market([op('a', 0.5), op('b', 0.5)]));
    const c = {
      id: 'c',
      title: { en: 'C', 'zh-CN': 'C' },
      brief: { en: '', 'zh-CN': '' },
      operator: 'a',
      goals: [{ metric: 'profit' as const, comparison: 'atLeast' as const, target: 10, weight: 1 }],
      constraints: {},
      replications: 3,
    };
    const sample = (seed: number, v: number) => ({ seed, customers: 8000, goals: [v], spend: 0 });
    input.challenge = evaluateChallenge(c, [sample(1, 12), sample(2, 8), sample(3, 13)], [sample(1, 0), sample(2, 0), sample(3, 0)]);
    const [s] = byRule(input, 'challenge');
    expect(s.en).toMatch(
      /^The challenge score is [\d.]+ \(pass mark 60\), from the mean of 3 seeds; the profit goal was met in 66\.7 % of them, so luck could still tip it\.$/,
    );
    expect(debrief(input)[0].rule).toBe('challenge');
  });

  it('keeps at most eight sentences, the most notable, in reading order', () => {
    const crm = { recall: 0.7, precision: 0.4, budgetShare: 0.05, saveRate: 0.6 };
    const input = inputFor(
      market([op('a', 0.5, { crm, acquisition: { monthlyBudget: 60000 }, service: { incidentRate: 0.3, fastResolution: 0 } }), op('b', 0.3), op('c', 0.2)], {
        events: [
          { type: 'priceCut', month: 3, operator: 'b', factor: 0.7 },
          { type: 'outage', month: 5, operator: 'c' },
          { type: 'networkLaunch', month: 8, operator: 'c', network: 0.95 },
          { type: 'portability', month: 10 },
        ],
      }),
    );
    const all = debrief(input);
    expect(all.length).toBeLessThanOrEqual(MAX_SENTENCES);
    expect(all.length).toBeGreaterThanOrEqual(4);
  });
});
