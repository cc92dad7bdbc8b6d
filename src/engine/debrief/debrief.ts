/**
 * A debrief: 4–8 sentences in both languages that say what happened in a run and why, chosen by
 * rules on the data (which causes dominate, which events moved what, what the money bought, how
 * the trainee's strategy compares with the preset's on the same seeds). Pure: runs in Node and in
 * the worker.
 */
import { type Candidate, Context } from './context.ts';
import { churnWindow, dominantCause, satisfactionMove } from './rules/churn.ts';
import { eventEffects, switchingFlows } from './rules/market.ts';
import { concentration, retentionProgramme, spendMix } from './rules/money.ts';
import { nothingNotable } from './rules/quiet.ts';
import { challengeCertainty, versusPreset } from './rules/versus.ts';
import type { DebriefInput, DebriefSentence } from './types.ts';

export const MAX_SENTENCES = 8;

/** Rules in the order their sentences are read (a story: score, causes, market, money, comparison). */
const RULES: ((ctx: Context) => Candidate | Candidate[] | null)[] = [
  challengeCertainty,
  dominantCause,
  churnWindow,
  satisfactionMove,
  eventEffects,
  switchingFlows,
  retentionProgramme,
  spendMix,
  concentration,
  versusPreset,
];

export function debrief(input: DebriefInput): DebriefSentence[] {
  const ctx = new Context(input);
  const found: { c: Candidate; order: number }[] = [];
  RULES.forEach((rule, order) => {
    const out = rule(ctx);
    for (const c of out === null ? [] : Array.isArray(out) ? out : [out]) found.push({ c, order });
  });
  if (!found.some(({ c }) => c.mechanism)) {
    const quiet = nothingNotable(ctx);
    if (quiet) found.push({ c: quiet, order: 0.5 });
  }
  // The most notable sentences, then told in reading order.
  const kept = [...found].sort((a, b) => b.c.salience - a.c.salience).slice(0, MAX_SENTENCES);
  return kept.sort((a, b) => a.order - b.order).map(({ c }) => c.sentence);
}
