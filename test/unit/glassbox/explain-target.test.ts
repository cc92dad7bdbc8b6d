/**
 * The glass box's content (src/lib/glassbox/explainTarget.ts): for a picked KPI or chart point, the
 * formula with this month's values, the hazard terms by segment and the churners by main cause.
 * Checked on a real run: the values shown are the frame's values, formatted; the formulas the
 * panel writes hold for those values (so the panel never shows arithmetic that does not add up).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../src/engine/api.ts';
import { at, CHURN_CAUSES, explainValue, LORENZ_POINTS, segCauseValue } from '../../../src/engine/frame.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { explainTarget, type ExplainContext, type GlassExplanation } from '../../../src/lib/glassbox/explainTarget.ts';
import { glassFormat } from '../../../src/lib/glassbox/format.ts';
import type { GlassTarget } from '../../../src/lib/glassbox/target.ts';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

let out: RunOutput;
const T = 6;
const ctx = (locale: 'en' | 'zh-CN' = 'en'): ExplainContext => ({
  m: locale === 'en' ? en : zhCN,
  fmt: glassFormat(locale),
  name: (t) => t[locale] || t.en,
});
const fmt = glassFormat('en');
const explain = (target: GlassTarget, locale: 'en' | 'zh-CN' = 'en'): GlassExplanation => {
  const e = explainTarget({ meta: out.meta, frames: out.frames, cohorts: out.cohorts }, target, ctx(locale));
  if (!e) throw new Error('no explanation');
  return e;
};

beforeAll(() => {
  out = runScenario(mustValidate(readScenarioInput('number-portability')), { customers: 8000, months: 14, seed: 9 });
});

describe('glass box: operator churn', () => {
  it('churn rate = churners ÷ subscribers at month start, with the frame’s values', () => {
    const L = out.meta.layout;
    const f = out.frames[T];
    const prev = out.frames[T - 1];
    for (let o = 0; o < out.meta.operators.length; o++) {
      const e = explain({ kind: 'operator', field: 'churnRate', operator: o, month: T });
      const churned = f[at.op(L, o, 'churned')];
      const atStart = prev[at.op(L, o, 'subscribers')];
      // The identity the panel writes holds in the engine's numbers …
      expect(f[at.op(L, o, 'churnRate')]).toBeCloseTo(churned / atStart, 14);
      // … and the panel shows exactly those numbers.
      const [rate] = e.formulas;
      expect(rate.terms.map((t) => [t.op, t.label, t.value])).toEqual([
        [undefined, en.glassChurned, fmt.count(churned)],
        ['÷', en.glassSubscribersAtStart, fmt.count(atStart)],
      ]);
      expect(rate.value).toBe(fmt.percent(f[at.op(L, o, 'churnRate')]));
      expect(e.value).toBe(rate.value);
      expect(e.title).toContain(out.meta.operators[o].name.en);
      // Churners split into those who went to rivals and those who left the market.
      const split = e.formulas[1];
      let toRivals = 0;
      for (let d = 0; d < out.meta.operators.length; d++) toRivals += f[at.switching(L, o, d)];
      expect(toRivals + f[at.switching(L, o, out.meta.operators.length)]).toBe(churned);
      expect(split.terms.map((t) => t.value)).toEqual([fmt.count(toRivals), fmt.count(churned - toRivals)]);
    }
  });

  it('shows one hazard row per segment with the engine’s terms and the observed churn rate', () => {
    const L = out.meta.layout;
    const f = out.frames[T];
    const e = explain({ kind: 'operator', field: 'churnRate', operator: 1, month: T });
    expect(e.hazard).not.toBeNull();
    expect(e.hazard!.map((r) => r.segment)).toEqual(out.meta.segments.map((s) => s.name.en));
    e.hazard!.forEach((row, s) => {
      expect(row.base).toBe(fmt.percent(explainValue(f, L, 1, s, 'baseChurn')));
      expect(row.satisfaction).toBe(fmt.factor(explainValue(f, L, 1, s, 'satisfactionFactor')));
      expect(row.switching).toBe(fmt.factor(explainValue(f, L, 1, s, 'switchingFactor')));
      expect(row.rival).toBe(fmt.factor(explainValue(f, L, 1, s, 'rivalFactor')));
      expect(row.hazard).toBe(fmt.percent(explainValue(f, L, 1, s, 'hazardOutOfContract')));
      expect(row.observed).toBe(fmt.percent(f[at.seg(L, 1, s, 'churnRate')]));
    });
  });

  it('breaks churners down by main cause: counts add up to the churners, shares to 100 %, largest first', () => {
    const L = out.meta.layout;
    const f = out.frames[T];
    const e = explain({ kind: 'operator', field: 'churned', operator: 0, month: T });
    const c = e.causes!;
    expect(c.items).toHaveLength(CHURN_CAUSES.length);
    expect(c.total).toBe(f[at.op(L, 0, 'churned')]);
    expect(c.items.reduce((a, i) => a + i.count, 0)).toBe(c.total);
    expect(c.items.reduce((a, i) => a + i.share, 0)).toBeCloseTo(1, 12);
    for (let i = 1; i < c.items.length; i++) expect(c.items[i - 1].count).toBeGreaterThanOrEqual(c.items[i].count);
    const price = c.items.find((i) => i.cause === 'price')!;
    expect(price.label).toBe(en.glassCausePrice);
    expect(price.count).toBe(f[at.cause(L, 0, CHURN_CAUSES.indexOf('price'))]);
    expect(price.text).toBe(en.glassCauseCount(fmt.count(price.count), fmt.percent(price.share, 1)));
  });
});

describe('glass box: segment churn', () => {
  it('shows the segment’s hazard term by term, the observed rate and its own cause breakdown', () => {
    const L = out.meta.layout;
    const f = out.frames[T];
    const [o, s] = [1, 3];
    const e = explain({ kind: 'segment', field: 'churnRate', operator: o, segment: s, month: T });
    expect(e.title).toContain(out.meta.segments[s].name.en);
    const atRisk = explainValue(f, L, o, s, 'atRisk');
    expect(atRisk).toBe(out.frames[T - 1][at.seg(L, o, s, 'subscribers')]);
    expect(e.formulas[0].terms.map((t) => t.value)).toEqual([fmt.count(f[at.seg(L, o, s, 'churned')]), fmt.count(atRisk)]);
    const h = e.segmentHazard!;
    expect(h.terms.map((t) => t.op)).toEqual([undefined, '×', '×', '×', '×']);
    expect(h.terms.map((t) => t.value)).toEqual(
      (['baseChurn', 'satisfactionFactor', 'portabilityFactor', 'bundleTerm', 'rivalFactor'] as const).map((k) =>
        k === 'baseChurn' ? fmt.percent(explainValue(f, L, o, s, k)) : fmt.factor(explainValue(f, L, o, s, k)),
      ),
    );
    expect(h.value).toBe(fmt.percent(explainValue(f, L, o, s, 'hazardOutOfContract')));
    expect(h.observed.value).toBe(fmt.percent(f[at.seg(L, o, s, 'churnRate')]));
    expect(e.facts.length).toBe(4);
    const segChurners = CHURN_CAUSES.reduce((a, _, c) => a + segCauseValue(f, L, o, s, c), 0);
    expect(e.causes!.total).toBe(segChurners);
    expect(segChurners).toBe(f[at.seg(L, o, s, 'churned')]);
  });

  it('portability is “launched” in the term once the event has happened', () => {
    const L = out.meta.layout;
    const launched = out.frames.findIndex((f) => f[at.market(L, 'portability')] === 1);
    expect(launched).toBeGreaterThan(0);
    const before = explain({ kind: 'segment', field: 'churnRate', operator: 0, segment: 0, month: launched - 1 });
    const after = explain({ kind: 'segment', field: 'churnRate', operator: 0, segment: 0, month: launched });
    expect(before.segmentHazard!.terms[2].label).toBe(en.glassTermPortability(false));
    expect(after.segmentHazard!.terms[2].label).toBe(en.glassTermPortability(true));
    expect(explainValue(out.frames[launched], L, 0, 0, 'portabilityFactor')).toBeGreaterThan(1);
  });
});

describe('glass box: money, shares and concentration', () => {
  it('profit = revenue − the six cost terms, with the picked term marked', () => {
    const L = out.meta.layout;
    const f = out.frames[T];
    const costs = ['costToServe', 'acquisitionSpend', 'retentionSpend', 'loyaltySpend', 'subsidySpend', 'winBackSpend'] as const;
    const revenue = f[at.op(L, 2, 'revenue')];
    const profit = f[at.op(L, 2, 'profit')];
    expect(revenue - costs.reduce((a, c) => a + f[at.op(L, 2, c)], 0)).toBeCloseTo(profit, 6);
    const e = explain({ kind: 'operator', field: 'acquisitionSpend', operator: 2, month: T });
    const [formula] = e.formulas;
    expect(formula.label).toBe(en.glassProfit);
    expect(formula.value).toBe(fmt.rmb(profit));
    expect(formula.terms.map((t) => t.value)).toEqual([fmt.rmb(revenue), ...costs.map((c) => fmt.rmb(f[at.op(L, 2, c)]))]);
    expect(formula.terms.filter((t) => t.picked).map((t) => t.label)).toEqual([en.glassAcquisitionSpend]);
    expect(e.notes).toContain(en.glassNoteAcquisition);
  });

  it('subscribers = at month start − churners + gross adds; gross adds = switchers in + new customers', () => {
    const L = out.meta.layout;
    const f = out.frames[T];
    const prev = out.frames[T - 1];
    for (let o = 0; o < out.meta.operators.length; o++) {
      const subs = f[at.op(L, o, 'subscribers')];
      expect(prev[at.op(L, o, 'subscribers')] - f[at.op(L, o, 'churned')] + f[at.op(L, o, 'grossAdds')]).toBe(subs);
      const e = explain({ kind: 'operator', field: 'subscribers', operator: o, month: T });
      expect(e.formulas[0].terms.map((t) => t.value)).toEqual(
        [prev, f, f].map((fr, i) => fmt.count(fr[at.op(L, o, (['subscribers', 'churned', 'grossAdds'] as const)[i])])),
      );
      const g = explain({ kind: 'operator', field: 'grossAdds', operator: o, month: T });
      let ins = 0;
      for (let j = 0; j < out.meta.operators.length; j++) ins += f[at.switching(L, j, o)];
      expect(g.formulas[0].terms.map((t) => t.value)).toEqual([fmt.count(ins), fmt.count(f[at.op(L, o, 'grossAdds')] - ins)]);
      expect(ins).toBeLessThanOrEqual(f[at.op(L, o, 'grossAdds')]);
    }
  });

  it('top-20 % share = 1 − Lorenz(80 %), Gini = 1 − 2 × area, for an operator and the market', () => {
    const L = out.meta.layout;
    const f = out.frames[T];
    const i80 = (LORENZ_POINTS - 1) * 0.8;
    expect(f[at.op(L, 0, 'top20RevenueShare')]).toBeCloseTo(1 - f[at.lorenz(L, 0, i80)], 12);
    const top = explain({ kind: 'operator', field: 'top20RevenueShare', operator: 0, month: T });
    expect(top.formulas[0].terms[1].value).toBe(fmt.percent(f[at.lorenz(L, 0, i80)]));
    const O = out.meta.operators.length;
    const mtop = explain({ kind: 'market', field: 'top20ProfitShare', month: T });
    expect(f[at.market(L, 'top20ProfitShare')]).toBeCloseTo(1 - f[at.lorenzProfit(L, O, i80)], 12);
    expect(mtop.formulas[0].terms[1].value).toBe(fmt.percent(f[at.lorenzProfit(L, O, i80)]));
    const gini = explain({ kind: 'market', field: 'gini', month: T });
    expect(gini.value).toBe(fmt.decimal(f[at.market(L, 'gini')], 3));
    expect(gini.formulas[0].terms[1].value).toBe(`2 × ${fmt.decimal((1 - f[at.market(L, 'gini')]) / 2, 3)}`);
  });

  it('market subscribers and revenue are sums over operators', () => {
    const L = out.meta.layout;
    const f = out.frames[T];
    const ops = out.meta.operators.map((_, o) => o);
    const sum = (field: 'subscribers' | 'revenue') => ops.reduce((a, o) => a + f[at.op(L, o, field)], 0);
    expect(sum('subscribers')).toBe(f[at.market(L, 'subscribers')]);
    expect(sum('revenue')).toBeCloseTo(f[at.market(L, 'revenue')], 6);
    const subs = explain({ kind: 'market', field: 'subscribers', month: T });
    expect(subs.value).toBe(fmt.count(f[at.market(L, 'subscribers')]));
    expect(subs.formulas[0].terms.map((t) => [t.op, t.label, t.value])).toEqual(
      ops.map((o) => [o > 0 ? '+' : undefined, out.meta.operators[o].name.en, fmt.count(f[at.op(L, o, 'subscribers')])]),
    );
    const revenue = explain({ kind: 'market', field: 'revenue', month: T });
    expect(revenue.value).toBe(fmt.rmb(f[at.market(L, 'revenue')]));
    expect(revenue.formulas[0].terms.map((t) => [t.op, t.label, t.value])).toEqual(
      ops.map((o) => [o > 0 ? '+' : undefined, out.meta.operators[o].name.en, fmt.rmb(f[at.op(L, o, 'revenue')])]),
    );
  });
});

describe('glass box: edge cases and language', () => {
  it('month 0 says it is the starting market; a month not computed yet gives null', () => {
    const e = explain({ kind: 'operator', field: 'churnRate', operator: 0, month: 0 });
    expect(e.intro).toContain(en.glassMonthZero);
    expect(e.formulas.find((f) => f.terms.some((t) => t.label === en.glassSubscribersAtStart))).toBeUndefined();
    expect(
      explainTarget({ meta: out.meta, frames: out.frames, cohorts: out.cohorts }, { kind: 'operator', field: 'churnRate', operator: 0, month: 99 }, ctx()),
    ).toBeNull();
  });

  it('a run stored before the explain section existed still shows the formula, and says why the terms are missing', () => {
    const { explain: _e, segCause: _c, ...oldLayout } = out.meta.layout;
    const old = { meta: { ...out.meta, layout: oldLayout }, frames: out.frames, cohorts: out.cohorts };
    const e = explainTarget(old, { kind: 'operator', field: 'churnRate', operator: 0, month: T }, ctx())!;
    expect(e.formulas.length).toBeGreaterThan(0);
    expect(e.hazard).toBeNull();
    expect(e.intro).toContain(en.glassOldRun);
    const s = explainTarget(old, { kind: 'segment', field: 'churnRate', operator: 0, segment: 0, month: T }, ctx())!;
    expect(s.segmentHazard).toBeNull();
    expect(s.causes).toBeNull();
  });

  it('in Chinese every word comes from the Chinese dictionary and numbers follow the locale', () => {
    const e = explain({ kind: 'segment', field: 'churnRate', operator: 0, segment: 2, month: T }, 'zh-CN');
    const words = [
      e.title,
      ...e.formulas.flatMap((f) => [f.label, ...f.terms.map((t) => t.label)]),
      ...e.segmentHazard!.terms.flatMap((t) => [t.label, t.detail ?? '']),
      ...e.facts,
      ...e.causes!.items.map((i) => i.label),
      ...e.intro,
      ...e.notes,
    ];
    const english = words.filter((w) => /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(w));
    expect(english).toEqual([]);
    expect(e.title).toContain(out.meta.segments[2].name['zh-CN']);
    expect(e.causes!.items.map((i) => i.label)).toContain(zhCN.glassCausePrice);

    // Numbers: the values shown are the frame's, in the Chinese format. Money tells the two
    // locales apart (¥ in Chinese, CN¥ in English).
    const zh = glassFormat('zh-CN');
    const L = out.meta.layout;
    const f = out.frames[T];
    expect(e.value).toBe(zh.percent(f[at.seg(L, 0, 2, 'churnRate')]));
    const revenue = explain({ kind: 'market', field: 'revenue', month: T }, 'zh-CN');
    expect(revenue.value).toBe(zh.rmb(f[at.market(L, 'revenue')]));
    expect(revenue.value).toMatch(/^¥\d{1,3}(,\d{3})+$/);
    expect(fmt.rmb(f[at.market(L, 'revenue')])).toMatch(/^CN¥/);
    expect(revenue.formulas[0].terms.map((t) => t.value)).toEqual(out.meta.operators.map((_, o) => zh.rmb(f[at.op(L, o, 'revenue')])));
  });
});
