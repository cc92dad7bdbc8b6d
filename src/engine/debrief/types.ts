/**
 * The debrief's shapes. A sentence keeps the numbers it cites, each with a reference saying where
 * in the run (or its comparison, challenge result or scenario) the number comes from, so a test
 * can recompute every one and check that the text shows no other.
 */
import type { RunOutput } from '../api.ts';
import type { Comparison } from '../analysis/compare.ts';
import type { ChallengeResult } from '../challenge/evaluate.ts';
import type { Scenario } from '../schema.ts';

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** How a cited number is written (always its absolute value: the words carry the sign). */
export type ValueFormat = 'percent' | 'points' | 'money' | 'count' | 'month' | 'decimal';

export type Ref =
  /** A frame slot of the trainee's (or the preset's) first run: months from..to, summed or averaged. */
  | { frame: 'trainee' | 'preset'; slot: number; from: number; to: number; agg?: 'sum' | 'mean' }
  /** diff: a − b; ratio: a ÷ b; add: the sum. */
  | { op: 'diff' | 'ratio' | 'add'; args: Ref[] }
  /** A number at a path of the comparison, the challenge result or the trainee's scenario. */
  | { path: 'comparison' | 'challenge' | 'scenario'; at: string };

export interface CitedValue {
  value: number;
  format: ValueFormat;
  ref: Ref;
}

/** A course passage, as cases and lever help cite it ("seed 004 L499"). */
export interface SeedCitation {
  seed: string;
  lines: string;
}

export interface DebriefSentence {
  en: string;
  'zh-CN': string;
  /** The rule that wrote it. */
  rule: string;
  values: CitedValue[];
  sources: SeedCitation[];
}

export interface DebriefInput {
  /** The trainee's scenario and its run (the first seed). */
  scenario: Scenario;
  run: RunOutput;
  /** The preset's own strategy on the same seed, when the debrief compares against it. */
  preset?: { scenario: Scenario; run: RunOutput };
  /** Paired comparison trainee vs preset over replications (baseline = preset). */
  comparison?: Comparison;
  challenge?: ChallengeResult;
  /** Whose run to tell (default: the challenge's operator, else the first). */
  operator?: string;
}
