/** Rules on money: what the retention programme bought, where the spend went, and the 80/20 of revenue and profit. */
import type { OperatorField } from '../../frame.ts';
import type { Candidate, Context } from '../context.ts';
import type { SeedCitation } from '../types.ts';

/** A spend item below this share of revenue is not worth a sentence. */
export const SPEND_SHARE = 0.02;

export function retentionProgramme(ctx: Context): Candidate | null {
  const T = ctx.T;
  if (T < 1) return null;
  const offers = ctx.opRef('retentionOffers', 1, T);
  if (ctx.value(offers) <= 0) return null;
  const saves = ctx.opRef('retentionSaves', 1, T);
  const spend = ctx.opRef('retentionSpend', 1, T);
  const sources: SeedCitation[] = [
    { seed: '004', lines: 'L499–505' },
    { seed: '001', lines: 'L65' },
  ];
  if (ctx.value(saves) <= 0) {
    const sentence = ctx.say(
      'retention',
      [ctx.cite(offers, 'count'), ctx.cite(spend, 'money')],
      ([n, s]) => `The retention programme made ${n} offers (${s}) but kept no customer who was about to leave.`,
      ([n, s]) => `挽留计划发出${n}个优惠（${s}），却没有留住一位将要流失的客户。`,
      sources,
    );
    return { sentence, salience: 0.7, mechanism: false };
  }
  const values = [ctx.cite(offers, 'count'), ctx.cite(saves, 'count'), ctx.cite({ op: 'ratio', args: [spend, saves] }, 'money'), ctx.cite(spend, 'money')];
  const sentence = ctx.say(
    'retention',
    values,
    ([n, k, per, s]) => `The retention programme made ${n} offers and kept ${k} customers who were about to leave, at ${per} per customer kept (${s} in all).`,
    ([n, k, per, s]) => `挽留计划发出${n}个优惠，留住了${k}名将要流失的客户，每留住一位花费${per}（共${s}）。`,
    sources,
  );
  return { sentence, salience: 0.5, mechanism: false };
}

const SPEND_ITEMS: { field: OperatorField; en: string; zh: string; source: SeedCitation }[] = [
  { field: 'subsidySpend', en: 'handset subsidies', zh: '终端补贴', source: { seed: '003', lines: 'L281–295' } },
  { field: 'acquisitionSpend', en: 'acquisition campaigns', zh: '拉新营销', source: { seed: '001', lines: 'L116' } },
  { field: 'retentionSpend', en: 'retention offers', zh: '挽留优惠', source: { seed: '002', lines: 'L376, L416' } },
  { field: 'loyaltySpend', en: 'loyalty points', zh: '积分回馈', source: { seed: '004', lines: 'L469, L747' } },
  { field: 'winBackSpend', en: 'win-back', zh: '赢回老客户', source: { seed: '001', lines: 'L116' } },
];

/** The largest marketing spend item against revenue, and the profit left over the run. */
export function spendMix(ctx: Context): Candidate | null {
  const T = ctx.T;
  if (T < 1) return null;
  const revenue = ctx.opRef('revenue', 1, T);
  const rev = ctx.value(revenue);
  if (rev <= 0) return null;
  let best = SPEND_ITEMS[0];
  let bestValue = -1;
  for (const item of SPEND_ITEMS) {
    const v = ctx.value(ctx.opRef(item.field, 1, T));
    if (v > bestValue) [best, bestValue] = [item, v];
  }
  if (bestValue / rev < SPEND_SHARE) return null;
  const profit = ctx.opRef('profit', 1, T);
  const negative = ctx.value(profit) < 0;
  const values = [
    ctx.cite(revenue, 'money'),
    ctx.month(T),
    ctx.cite(ctx.opRef(best.field, 1, T), 'money'),
    ctx.cite({ op: 'ratio', args: [ctx.opRef(best.field, 1, T), revenue] }, 'percent'),
    ctx.cite(profit, 'money'),
  ];
  const sentence = ctx.say(
    'spendMix',
    values,
    ([r, t, s, share, p]) =>
      `Of ${ctx.opName('en')}’s ${r} of revenue to month ${t}, ${best.en} took the most (${s}, ${share}); the profit ${negative ? 'was a loss of' : 'was'} ${p}.`,
    ([r, t, s, share, p]) => `${ctx.opName('zh-CN')}到第${t}个月的${r}收入中，${best.zh}花费最多（${s}，占${share}）；利润${negative ? '亏损' : '为'}${p}。`,
    [best.source],
  );
  return { sentence, salience: Math.min(0.6, 0.25 + bestValue / rev), mechanism: false };
}

/** The course's 80/20: how much of revenue and of profit the top fifth of customers bring at the last month. */
export function concentration(ctx: Context): Candidate | null {
  const T = ctx.T;
  const values = [ctx.month(T), ctx.cite(ctx.opRef('top20RevenueShare', T), 'percent'), ctx.cite(ctx.opRef('top20ProfitShare', T), 'percent')];
  if (!(values[1].value > 0)) return null;
  const sentence = ctx.say(
    'concentration',
    values,
    ([t, r, p]) => `In month ${t}, the most valuable fifth of ${ctx.opName('en')}’s customers brought ${r} of its revenue and ${p} of its profit.`,
    ([t, r, p]) => `第${t}个月，${ctx.opName('zh-CN')}价值最高的五分之一客户贡献了${r}的收入和${p}的利润。`,
    [{ seed: '001', lines: 'L136' }],
  );
  return { sentence, salience: 0.25, mechanism: false };
}
