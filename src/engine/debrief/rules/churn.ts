/** Rules on why customers left: the dominant cause, a window of high churn in one segment, satisfaction. */
import { at, CHURN_CAUSES } from '../../frame.ts';
import { CAUSE_WORDS, type Candidate, type Context } from '../context.ts';

/** A cause that explains at least this share of the run's churners is worth a sentence. */
export const DOMINANT_CAUSE_SHARE = 0.3;
/** A month's segment churn this many times its usual (median) rate starts a high-churn window. */
export const SPIKE_FACTOR = 1.5;
/** A window needs at least this many excess churners, and this share of the run's churners, to be told. */
export const SPIKE_MIN_EXCESS = 20;
export const SPIKE_MIN_SHARE = 0.005;
/** Satisfaction that moved by at least this much over the run is worth a sentence. */
export const SATISFACTION_MOVE = 0.03;

export function dominantCause(ctx: Context): Candidate | null {
  const T = ctx.T;
  if (T < 1) return null;
  const all = ctx.churnersRef(1, T);
  const total = ctx.value(all);
  if (total <= 0) return null;
  let best = -1;
  let bestCount = 0;
  CHURN_CAUSES.forEach((cause, c) => {
    if (cause === 'baseline') return;
    const n = ctx.value(ctx.causeRef(c, 1, T));
    if (n > bestCount) [best, bestCount] = [c, n];
  });
  if (best < 0 || bestCount / total < DOMINANT_CAUSE_SHARE) return null;
  const words = CAUSE_WORDS[CHURN_CAUSES[best]];
  const values = [ctx.cite(all, 'count'), ctx.month(1), ctx.month(T), ctx.cite({ op: 'ratio', args: [ctx.causeRef(best, 1, T), all] }, 'percent')];
  const sentence = ctx.say(
    'dominantCause',
    values,
    ([n, t0, t, share]) => `${ctx.opName('en')} lost ${n} customers in months ${t0}–${t}; the main cause was ${words.en} (${share} of them).`,
    ([n, t0, t, share]) => `${ctx.opName('zh-CN')}在第${t0}–${t}个月流失了${n}名客户，主要原因是${words.zh}（占${share}）。`,
    words.source ? [words.source] : [],
  );
  return { sentence, salience: bestCount / total, mechanism: true };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The segment whose churn rose furthest above its usual rate for a few months in a row: the
 * window of months at ≥ SPIKE_FACTOR × its median rate with the most excess churners, told
 * with the cause most of those churners had (and the contract length when contracts expired).
 */
export function churnWindow(ctx: Context): Candidate | null {
  const { T, L, o } = ctx;
  if (T < 4) return null;
  let best: { s: number; from: number; to: number; excess: number } | null = null;
  for (let s = 0; s < L.segments; s++) {
    const rateSlot = at.seg(L, o, s, 'churnRate');
    const rates = Array.from({ length: T }, (_, i) => ctx.frameValue(rateSlot, i + 1));
    const usual = median(rates);
    if (usual <= 0) continue;
    for (let t = 2; t <= T; t++) {
      if (rates[t - 1] < SPIKE_FACTOR * usual) continue;
      let end = t;
      while (end < T && rates[end] >= SPIKE_FACTOR * usual) end++;
      let excess = 0;
      for (let u = t; u <= end; u++) excess += ctx.frameValue(at.seg(L, o, s, 'churned'), u) * (1 - usual / rates[u - 1]);
      if (!best || excess > best.excess) best = { s, from: t, to: end, excess };
      t = end;
    }
  }
  const runChurners = ctx.value(ctx.churnersRef(1, T));
  if (!best || best.excess < SPIKE_MIN_EXCESS || best.excess < SPIKE_MIN_SHARE * runChurners) return null;
  const { s, from, to } = best;
  const all = ctx.churnersRef(from, to, s);
  const allCount = ctx.value(all);
  if (allCount <= 0) return null;
  let cause = 0;
  let causeCount = -1;
  CHURN_CAUSES.forEach((_, c) => {
    const n = ctx.value(ctx.segCauseRef(s, c, from, to));
    if (n > causeCount) [cause, causeCount] = [c, n];
  });
  // A rise the segments' everyday churn explains is noise, not a mechanism.
  if (CHURN_CAUSES[cause] === 'baseline') return null;
  const words = CAUSE_WORDS[CHURN_CAUSES[cause]];
  let peak = from;
  for (let t = from; t <= to; t++) if (ctx.frameValue(at.seg(L, o, s, 'churnRate'), t) > ctx.frameValue(at.seg(L, o, s, 'churnRate'), peak)) peak = t;
  const values = [
    ctx.cite(ctx.segRef(s, 'churnRate', peak), 'percent'),
    ctx.month(from),
    ctx.month(to),
    ctx.cite(ctx.segRef(s, 'churnRate', from - 1), 'percent'),
    ctx.month(from - 1),
    ctx.cite({ op: 'ratio', args: [ctx.segCauseRef(s, cause, from, to), all] }, 'percent'),
  ];
  const lengthAt = `operators[${o}].contracts.lengthMonths`;
  const contractLength = ctx.value({ path: 'scenario', at: lengthAt });
  const expiry = CHURN_CAUSES[cause] === 'contractExpiry' && contractLength > 0;
  if (expiry) values.push(ctx.cite({ path: 'scenario', at: lengthAt }, 'month'));
  const span = (a: string, b: string) => (a === b ? a : `${a}–${b}`);
  const sentence = ctx.say(
    'churnWindow',
    values,
    ([peakRate, a, b, before, beforeMonth, share, length]) =>
      `${ctx.segName('en', s)} churn at ${ctx.opName('en')} rose to ${peakRate} a month in month${a === b ? '' : 's'} ${span(a, b)} (from ${before} in month ${beforeMonth})` +
      (expiry ? `, when the ${length}-month contracts expired` : '') +
      `; ${share} of those churners left because of ${words.en}.`,
    ([peakRate, a, b, before, beforeMonth, share, length]) =>
      `${ctx.opName('zh-CN')}${ctx.segName('zh-CN', s)}的流失率在第${span(a, b)}个月升至每月${peakRate}（第${beforeMonth}个月为${before}）` +
      (expiry ? `，正值${length}个月的合约到期` : '') +
      `；这些流失客户中${share}是因为${words.zh}。`,
    words.source ? [words.source] : [],
  );
  return { sentence, salience: Math.min(1, 0.5 + best.excess / Math.max(1, runChurners)), mechanism: true };
}

export function satisfactionMove(ctx: Context): Candidate | null {
  const T = ctx.T;
  if (T < 1) return null;
  const start = ctx.opRef('satisfaction', 0);
  const end = ctx.opRef('satisfaction', T);
  const move = ctx.value(end) - ctx.value(start);
  if (Math.abs(move) < SATISFACTION_MOVE) return null;
  const values = [ctx.cite(start, 'decimal'), ctx.cite(end, 'decimal'), ctx.month(0), ctx.month(T)];
  const up = move > 0;
  const sentence = ctx.say(
    'satisfaction',
    values,
    ([a, b, t0, t1]) =>
      `Average satisfaction at ${ctx.opName('en')} ${up ? 'rose' : 'fell'} from ${a} to ${b} between month ${t0} and month ${t1}; ` +
      (up ? 'satisfied customers stay longer and recommend the operator.' : 'dissatisfied customers leave sooner and tell more people than satisfied ones do.'),
    ([a, b, t0, t1]) =>
      `${ctx.opName('zh-CN')}的平均满意度在第${t0}个月到第${t1}个月间从${a}${up ? '升至' : '降至'}${b}；` +
      (up ? '满意的客户留得更久，也会向别人推荐。' : '不满意的客户更早离开，而且比满意的客户告诉更多的人。'),
    [{ seed: '001', lines: 'L148' }],
  );
  return { sentence, salience: Math.min(1, 0.3 + Math.abs(move) * 4), mechanism: true };
}
