/**
 * A short debrief per team at the end of a game, from its round reports: where its share went,
 * which segment it lost most, how its profit and base compare with the other teams, and its price.
 * Every number is read from the reports.
 */
import type { LocalizedString } from '../../engine/schema.ts';
import type { RoundReport } from './report.ts';
import { ranking } from './report.ts';

const pct = (x: number, digits = 1) => (x * 100).toFixed(digits);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${pct(Math.abs(x))}`;
const rmb = (x: number) => `${(x / 10_000).toFixed(0)}`;

export function teamDebrief(reports: readonly RoundReport[], team: number, segmentName: (id: string) => LocalizedString): LocalizedString[] {
  const first = reports[0];
  const last = reports.at(-1);
  if (!first || !last) return [];
  const own = last.teams[team];
  const startShare = first.teams[team].share - first.teams[team].shareChange;
  const sentences: LocalizedString[] = [
    {
      en: `${own.team} went from ${pct(startShare)} % to ${pct(own.share)} % of subscribers over ${reports.length} rounds (${signed(own.share - startShare)} points).`,
      'zh-CN': `${own.team}在${reports.length}轮中用户份额从${pct(startShare)}%变为${pct(own.share)}%（${signed(own.share - startShare)}个百分点）。`,
    },
  ];
  // The segment it lost fastest, averaged over the rounds.
  const segments = own.churnBySegment.map((c, s) => ({
    id: c.segment,
    rate: reports.reduce((a, r) => a + r.teams[team].churnBySegment[s].churnRate, 0) / reports.length,
  }));
  const worst = segments.reduce((a, b) => (b.rate > a.rate ? b : a));
  const name = segmentName(worst.id);
  sentences.push({
    en: `Its highest churn was in ${name.en}: ${pct(worst.rate, 2)} % a month on average.`,
    'zh-CN': `离网率最高的是${name['zh-CN']}：平均每月${pct(worst.rate, 2)}%。`,
  });
  const standing = ranking(last).find((s) => s.team === own.team)!;
  sentences.push({
    en: `It made ¥${rmb(own.cumulativeProfit)} ten-thousand of profit and holds customers worth ¥${rmb(own.baseValue)} ten-thousand over their lifetime: rank ${standing.rank} of ${last.teams.length}.`,
    'zh-CN': `累计利润${rmb(own.cumulativeProfit)}万元，现有客户终身价值${rmb(own.baseValue)}万元：在${last.teams.length}支队伍中排名第${standing.rank}。`,
  });
  const price = last.market.find((m) => m.operator === own.operator)?.tariffIndex;
  const rivals = last.market.filter((m) => m.operator !== own.operator);
  if (price !== undefined && rivals.length > 0) {
    const cheapest = Math.min(...rivals.map((r) => r.tariffIndex));
    const priced =
      price < cheapest
        ? { en: 'the cheapest in the market', 'zh-CN': '全市场最低' }
        : price > Math.max(...rivals.map((r) => r.tariffIndex))
          ? { en: 'the dearest in the market', 'zh-CN': '全市场最高' }
          : { en: 'between its rivals’ prices', 'zh-CN': '介于竞争对手之间' };
    sentences.push({
      en: `It ended at a tariff index of ${price.toFixed(2)}, ${priced.en}; top 20 % of its customers brought ${pct(own.top20RevenueShare, 0)} % of its revenue.`,
      'zh-CN': `最终资费指数为${price.toFixed(2)}，${priced['zh-CN']}；前20%的客户贡献了其${pct(own.top20RevenueShare, 0)}%的收入。`,
    });
  }
  return sentences;
}
