/** The sentence for a run where no mechanism rule found anything notable. */
import { at } from '../../frame.ts';
import type { Candidate, Context } from '../context.ts';

export function nothingNotable(ctx: Context): Candidate | null {
  const { T, L, o } = ctx;
  if (T < 1) return null;
  const churn = at.op(L, o, 'churnRate');
  let lo = 1;
  let hi = 1;
  for (let t = 1; t <= T; t++) {
    if (ctx.frameValue(churn, t) < ctx.frameValue(churn, lo)) lo = t;
    if (ctx.frameValue(churn, t) > ctx.frameValue(churn, hi)) hi = t;
  }
  const share = at.op(L, o, 'subscriberShare');
  const values = [
    ctx.cite(ctx.slot(churn, lo), 'percent'),
    ctx.cite(ctx.slot(churn, hi), 'percent'),
    ctx.cite({ op: 'diff', args: [ctx.slot(share, T), ctx.slot(share, 0)] }, 'points'),
    ctx.month(T),
  ];
  const sentence = ctx.say(
    'nothingNotable',
    values,
    ([a, b, d, t]) =>
      `Nothing notable happened to ${ctx.opName('en')}: its monthly churn stayed between ${a} and ${b}, and its share moved by ${d} by month ${t}.`,
    ([a, b, d, t]) => `${ctx.opName('zh-CN')}没有发生值得注意的变化：月流失率保持在${a}到${b}之间，到第${t}个月份额变动${d}。`,
  );
  return { sentence, salience: 1, mechanism: false };
}
