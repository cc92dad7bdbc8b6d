/** Rules on the comparison with the preset's own strategy and on how sure the challenge score is. */
import type { GoalMetric } from '../../schema.ts';
import type { Candidate, Context } from '../context.ts';
import type { CitedValue } from '../types.ts';

/** The paired difference of profit and churners over the run against the preset on the same seeds. */
export function versusPreset(ctx: Context): Candidate | null {
  const c = ctx.input.comparison;
  if (!c) return null;
  const op = ctx.o;
  const base = `operators[${op}].outcomes`;
  const profit = ctx.cite({ path: 'comparison', at: `${base}.profit.overRun.delta` }, 'money');
  const churned = ctx.cite({ path: 'comparison', at: `${base}.churned.overRun.delta` }, 'count');
  if (profit.value === 0 && churned.value === 0) return null;
  const reps = ctx.cite({ path: 'comparison', at: 'replications' }, 'count');
  const ci = c.operators[op].outcomes.profit.overRun.ci95;
  const values: CitedValue[] = [reps, ctx.month(ctx.T), profit, churned];
  let enCi = (_: string[]) => '';
  let zhCi = (_: string[]) => '';
  if (ci) {
    const sure = ci[0] > 0 || ci[1] < 0;
    if (sure) {
      values.push(ctx.cite({ path: 'comparison', at: `${base}.profit.overRun.ci95[0]` }, 'money'));
      values.push(ctx.cite({ path: 'comparison', at: `${base}.profit.overRun.ci95[1]` }, 'money'));
      enCi = (v) => ` (paired interval ${v[4]} to ${v[5]}${ci[0] < 0 ? ', both lower' : ''})`;
      zhCi = (v) => `（配对区间${ci[0] < 0 ? '同为减少' : ''}${v[4]}至${v[5]}）`;
    } else {
      enCi = () => ' (within what luck alone gives on these seeds)';
      zhCi = () => '（在这些种子上仍在运气的范围之内）';
    }
  }
  const higher = profit.value > 0;
  const fewer = churned.value < 0;
  const sentence = ctx.say(
    'versusPreset',
    values,
    (v) =>
      `Against the preset’s own strategy on the same ${v[0]} seeds, ${ctx.opName('en')}’s profit to month ${v[1]} was ${higher ? 'higher' : 'lower'} by ${v[2]}${enCi(v)}, and ${v[3]} ${fewer ? 'fewer' : 'more'} customers left.`,
    (v) =>
      `与案例原有策略在同样${v[0]}个种子上相比，${ctx.opName('zh-CN')}到第${v[1]}个月的利润${higher ? '多' : '少'}${v[2]}${zhCi(v)}，流失客户${fewer ? '少' : '多'}${v[3]}名。`,
    [{ seed: '001', lines: 'L119' }],
  );
  return { sentence, salience: 0.9, mechanism: false };
}

export const METRIC_WORDS: Record<GoalMetric, { en: string; zh: string }> = {
  profit: { en: 'profit', zh: '利润' },
  revenue: { en: 'revenue', zh: '收入' },
  churnRate: { en: 'churn', zh: '流失率' },
  churned: { en: 'churners', zh: '流失人数' },
  subscribers: { en: 'subscribers', zh: '用户数' },
  subscriberShare: { en: 'share', zh: '份额' },
  grossAdds: { en: 'gross adds', zh: '新增用户' },
  arpu: { en: 'ARPU', zh: 'ARPU' },
  top20RevenueShare: { en: 'top-fifth revenue share', zh: '前五分之一客户收入占比' },
  top20ProfitShare: { en: 'top-fifth profit share', zh: '前五分之一客户利润占比' },
  clv: { en: 'customer lifetime value', zh: '客户终身价值' },
  retentionCostPerSave: { en: 'cost per customer kept', zh: '每挽留一位客户的成本' },
  costPerGrossAdd: { en: 'cost per gross add', zh: '每新增一位客户的成本' },
  satisfaction: { en: 'satisfaction', zh: '满意度' },
};

/** The score, the seeds behind it, and the goal luck decided least surely. */
export function challengeCertainty(ctx: Context): Candidate | null {
  const r = ctx.input.challenge;
  if (!r || r.goals.length === 0) return null;
  let g = 0;
  r.goals.forEach((goal, i) => {
    const d = Math.abs(goal.metShare - 0.5);
    if (d < Math.abs(r.goals[g].metShare - 0.5)) g = i;
  });
  const goal = r.goals[g];
  const words = METRIC_WORDS[goal.metric];
  const values = [
    ctx.cite({ path: 'challenge', at: 'score' }, 'decimal'),
    ctx.cite({ path: 'challenge', at: 'passMark' }, 'count'),
    ctx.cite({ path: 'challenge', at: 'replications' }, 'count'),
    ctx.cite({ path: 'challenge', at: `goals[${g}].metShare` }, 'percent'),
  ];
  const sure = goal.metShare === 0 || goal.metShare === 1;
  const sentence = ctx.say(
    'challenge',
    values,
    ([s, pm, n, share]) =>
      `The challenge score is ${s} (pass mark ${pm}), from the mean of ${n} seeds; the ${words.en} goal was met in ${share} of them` +
      (sure ? '.' : ', so luck could still tip it.'),
    ([s, pm, n, share]) =>
      `挑战得分${s}（及格线${pm}），取${n}个种子的平均；${words.zh}目标在其中${share}的种子上达成` + (sure ? '。' : '，运气仍可能左右结果。'),
  );
  return { sentence, salience: 0.95, mechanism: false };
}
