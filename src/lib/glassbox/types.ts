/**
 * The glass box's content as data: what explain.ts produces and GlassBox.svelte lays out.
 */
import type { ChurnCause } from '../../engine/frame.ts';
import type { LocalizedString } from '../../engine/schema.ts';
import type { Messages } from '../i18n/dictionaries.ts';
import type { GlassFormat } from './format.ts';

export type Op = '+' | '−' | '×' | '÷';
/** One term of a formula; `op` joins it to the term before. */
export interface Term {
  op?: Op;
  label: string;
  value: string;
  /** How the term itself is made (shown under it). */
  detail?: string;
  /** The term the user picked (e.g. acquisition inside the profit formula). */
  picked?: boolean;
}
export interface Formula {
  label: string;
  value: string;
  terms: Term[];
}
export interface HazardRow {
  segment: string;
  base: string;
  satisfaction: string;
  switching: string;
  rival: string;
  hazard: string;
  observed: string;
  picked: boolean;
}
export interface CauseItem {
  cause: ChurnCause;
  label: string;
  count: number;
  /** Share of the churners (0–1). */
  share: number;
  text: string;
}
export interface GlassExplanation {
  /** What is explained, e.g. "churn rate — China Mobile". */
  title: string;
  month: number;
  /** The picked value, formatted. */
  value: string;
  formulas: Formula[];
  /** Hazard terms by segment (operator churn targets: all segments; segment targets: its row). */
  hazard: HazardRow[] | null;
  /** A segment's hazard as a product of its terms, each with how it is made, and the churn rate observed. */
  segmentHazard: (Formula & { observed: Term }) | null;
  /** The rest of the segment's hazard and what its customers weigh: contract and points factors,
   *  observed against the model, utility inputs (one sentence each). */
  facts: string[];
  causes: { items: CauseItem[]; total: number; totalText: string } | null;
  /** Shown first: why something is missing (month 0, a run stored before the terms existed). */
  intro: string[];
  notes: string[];
}

export interface ExplainContext {
  m: Messages;
  fmt: GlassFormat;
  /** Pick the locale's text of a scenario name. */
  name: (text: LocalizedString) => string;
}
