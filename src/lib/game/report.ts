/**
 * Round reports and the final ranking of a class game, read from the run's frames. A team sees its
 * own figures in full and its rivals only as market research would: subscriber shares and prices.
 */
import type { RunMeta } from '../../engine/api.ts';
import { at, opValue } from '../../engine/frame.ts';
import type { ScenarioInput } from '../../engine/schema.ts';
import { MONTHS_PER_ROUND, type Game } from './game.ts';
import { caseValue, GAME_LEVERS } from './levers.ts';

export interface SegmentChurn {
  segment: string;
  /** Mean monthly churn rate over the round's months. */
  churnRate: number;
}

export interface TeamRound {
  team: string;
  operator: string;
  share: number;
  shareChange: number;
  churnRate: number;
  churnBySegment: SegmentChurn[];
  top20RevenueShare: number;
  profit: number;
  cumulativeProfit: number;
  /** Lifetime value of the customers the operator holds at the round's end (RMB). */
  baseValue: number;
}

export interface RivalView {
  operator: string;
  share: number;
  shareChange: number;
  /** The tariff index in force (1 = the market's reference price). */
  tariffIndex: number;
}

export interface RoundReport {
  round: number;
  firstMonth: number;
  lastMonth: number;
  teams: TeamRound[];
  /** Every operator's share and price, what each team may see of the others. */
  market: RivalView[];
}

const sum = (from: number, to: number, f: (month: number) => number) => {
  let total = 0;
  for (let t = from; t <= to; t++) total += f(t);
  return total;
};

/** The report of round `round` (1-based) from a run that has reached at least its last month. */
export function roundReport(meta: RunMeta, frames: readonly Float64Array[], played: ScenarioInput, game: Game, round: number): RoundReport {
  const L = meta.layout;
  const first = (round - 1) * MONTHS_PER_ROUND + 1;
  const last = round * MONTHS_PER_ROUND;
  if (frames.length <= last) throw new Error(`round ${round} needs month ${last}; the run has ${frames.length - 1}`);
  const index = (id: string) => meta.operators.findIndex((op) => op.id === id);
  const end = frames[last];
  const start = frames[first - 1];
  const teams = game.teams.map((team): TeamRound => {
    const o = index(team.operator);
    const churnBySegment = meta.segments.map((segment, s) => ({
      segment: segment.id,
      churnRate: sum(first, last, (t) => frames[t][at.seg(L, o, s, 'churnRate')]) / MONTHS_PER_ROUND,
    }));
    return {
      team: team.name,
      operator: team.operator,
      share: opValue(end, L, o, 'subscriberShare'),
      shareChange: opValue(end, L, o, 'subscriberShare') - opValue(start, L, o, 'subscriberShare'),
      churnRate: sum(first, last, (t) => opValue(frames[t], L, o, 'churnRate')) / MONTHS_PER_ROUND,
      churnBySegment,
      top20RevenueShare: opValue(end, L, o, 'top20RevenueShare'),
      profit: sum(first, last, (t) => opValue(frames[t], L, o, 'profit')),
      cumulativeProfit: sum(1, last, (t) => opValue(frames[t], L, o, 'profit')),
      baseValue: meta.segments.reduce((total, _, s) => total + end[at.seg(L, o, s, 'clv')] * end[at.seg(L, o, s, 'subscribers')], 0),
    };
  });
  const tariff = GAME_LEVERS[0];
  const market = meta.operators.map((op, o): RivalView => {
    // The price in force at the round's end: the operator's last scheduled tariff up to that month.
    const operator = played.operators.find((p) => p.id === op.id);
    const changes = (operator?.schedule ?? []).filter((c) => c.month <= last && c.pricing?.tariffIndex !== undefined);
    const scheduled = changes.at(-1)?.pricing?.tariffIndex;
    const tariffIndex = scheduled !== undefined ? caseValue({ pricing: { tariffIndex: scheduled } }, tariff) : caseValue(operator, tariff);
    return {
      operator: op.id,
      share: opValue(end, L, o, 'subscriberShare'),
      shareChange: opValue(end, L, o, 'subscriberShare') - opValue(start, L, o, 'subscriberShare'),
      tariffIndex,
    };
  });
  return { round, firstMonth: first, lastMonth: last, teams, market };
}

export interface Standing {
  team: string;
  operator: string;
  cumulativeProfit: number;
  baseValue: number;
  /** Profit made plus the value of the customers kept: what the team built. */
  total: number;
  rank: number;
}

/** Teams ranked by cumulative profit plus the lifetime value of the base they hold at the end. */
export function ranking(report: RoundReport): Standing[] {
  const rows = report.teams.map((t) => ({
    team: t.team,
    operator: t.operator,
    cumulativeProfit: t.cumulativeProfit,
    baseValue: t.baseValue,
    total: t.cumulativeProfit + t.baseValue,
  }));
  rows.sort((a, b) => b.total - a.total);
  return rows.map((row, i) => ({ ...row, rank: i + 1 }));
}
