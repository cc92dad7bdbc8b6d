/**
 * The printed challenge result and debrief of `sim --debrief`, in English or Chinese: each goal
 * with its target, what was achieved (mean, interval, share of seeds meeting it) and its score;
 * the budget; levers outside the rules; then the debrief's sentences with their course passages.
 */
import { describeViolation, type ChallengeResult, type GoalResult } from '../engine/challenge/index.ts';
import type { DebriefSentence, Lang } from '../engine/debrief/index.ts';
import type { GoalMetric } from '../engine/schema.ts';

const SHARES = new Set<GoalMetric>(['churnRate', 'subscriberShare', 'top20RevenueShare', 'top20ProfitShare']);
const MONEY = new Set<GoalMetric>(['profit', 'revenue', 'arpu', 'clv', 'retentionCostPerSave', 'costPerGrossAdd']);

const WORDS = {
  en: {
    challenge: 'Challenge',
    seeds: (n: number) => `${n} seed${n === 1 ? '' : 's'}`,
    score: 'score',
    passMark: 'pass mark',
    passed: 'PASSED',
    notPassed: 'NOT PASSED',
    atLeast: 'at least',
    atMost: 'at most',
    achieved: 'achieved',
    met: (k: string) => `met in ${k} of seeds`,
    change: 'change vs preset',
    budget: (s: string, c: string, ok: boolean) => `budget: spent ${s} of a cap of ${c} (retention + acquisition + subsidy) — ${ok ? 'within' : 'OVER'}`,
    outside: 'changes the challenge does not allow:',
    debrief: 'Debrief',
    seed: 'seed',
  },
  'zh-CN': {
    challenge: '挑战',
    seeds: (n: number) => `${n}个种子`,
    score: '得分',
    passMark: '及格线',
    passed: '通过',
    notPassed: '未通过',
    atLeast: '不低于',
    atMost: '不高于',
    achieved: '实际',
    met: (k: string) => `在${k}的种子上达成`,
    change: '相对案例原策略的变化',
    budget: (s: string, c: string, ok: boolean) => `预算：挽留+拉新+补贴共花费${s}，上限${c}——${ok ? '未超出' : '超出'}`,
    outside: '本挑战不允许的改动：',
    debrief: '复盘',
    seed: '种子',
  },
};

const money = (x: number, lang: Lang) => (lang === 'en' ? `RMB ${Math.round(x).toLocaleString('en-US')}` : `${Math.round(x).toLocaleString('en-US')}元`);
const pct = (x: number, lang: Lang, digits = 2) => `${(x * 100).toFixed(digits)}${lang === 'en' ? ' %' : '%'}`;

/** A goal's number in its unit (a change against the preset as a difference or a ratio). */
export function goalNumber(g: Pick<GoalResult, 'metric' | 'versusPreset'>, x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return '—';
  if (g.versusPreset === 'ratio') return `${x >= 0 ? '+' : ''}${pct(x, lang, 1)}`;
  const sign = g.versusPreset === 'difference' && x >= 0 ? '+' : '';
  if (SHARES.has(g.metric)) return g.versusPreset === 'difference' ? `${sign}${(x * 100).toFixed(2)} ${lang === 'en' ? 'points' : '个百分点'}` : pct(x, lang);
  if (MONEY.has(g.metric)) return `${sign}${money(x, lang)}`;
  if (g.metric === 'satisfaction') return `${sign}${x.toFixed(3)}`;
  return `${sign}${Math.round(x).toLocaleString('en-US')}`;
}

function goalLine(g: GoalResult, i: number, lang: Lang): string {
  const w = WORDS[lang];
  const what = g.label ? g.label[lang] : `${g.metric} · ${g.operator}${g.segment ? ` · ${g.segment}` : ''}${g.tier ? ` · ${g.tier}` : ''}`;
  const ci = g.ci95 ? ` [${goalNumber(g, g.ci95[0], lang)} … ${goalNumber(g, g.ci95[1], lang)}]` : '';
  const target = `${g.comparison === 'atLeast' ? w.atLeast : w.atMost} ${goalNumber(g, g.target, lang)}${g.versusPreset ? ` (${w.change})` : ''}`;
  return `  ${g.met ? '✓' : '✗'} ${i + 1}. ${what}: ${target}; ${w.achieved} ${goalNumber(g, g.achieved, lang)}${ci}, ${w.met(pct(g.metShare, lang, 0))}; ${w.score} ${g.score.toFixed(1)}`;
}

export function formatChallenge(r: ChallengeResult, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [
    lang === 'en'
      ? `${w.challenge}: ${r.title.en || r.id} (${r.id}) · ${w.seeds(r.replications)}`
      : `${w.challenge}：${r.title['zh-CN'] || r.id}（${r.id}）· ${w.seeds(r.replications)}`,
    lang === 'en'
      ? `  ${w.score} ${r.score.toFixed(1)} (${w.passMark} ${r.passMark}) — ${r.passed ? w.passed : w.notPassed}`
      : `  ${w.score}${r.score.toFixed(1)}（${w.passMark}${r.passMark}）——${r.passed ? w.passed : w.notPassed}`,
    ...r.goals.map((g, i) => goalLine(g, i, lang)),
  ];
  if (r.budget) lines.push(`  ${w.budget(money(r.budget.spend, lang), money(r.budget.cap, lang), r.budget.within)}`);
  if (r.violations.length > 0) lines.push(`  ${w.outside}`, ...r.violations.map((v) => `    ${describeViolation(v)}`));
  return lines.join('\n');
}

export function formatDebrief(sentences: readonly DebriefSentence[], lang: Lang): string {
  const w = WORDS[lang];
  const cite = (s: DebriefSentence) => (s.sources.length > 0 ? ` [${s.sources.map((x) => `${w.seed} ${x.seed} ${x.lines}`).join('; ')}]` : '');
  return [`${w.debrief}${lang === 'en' ? ':' : '：'}`, ...sentences.map((s, i) => `  ${i + 1}. ${s[lang]}${cite(s)}`)].join('\n');
}

/** The result JSON's `debrief`: the sentences in both languages with the numbers and passages they cite. */
export function debriefJson(sentences: readonly DebriefSentence[]) {
  return sentences.map((s) => ({ en: s.en, 'zh-CN': s['zh-CN'], rule: s.rule, values: s.values.map((v) => v.value), sources: s.sources }));
}
