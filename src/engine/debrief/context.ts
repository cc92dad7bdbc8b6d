/**
 * What the rules read a run through: references to frame slots of the focus operator, cited
 * values (resolved at once, so a sentence can only show what its reference gives), names in each
 * language, and the sentence builder.
 */
import type { RunOutput } from '../api.ts';
import { at, CHURN_CAUSES, type ChurnCause, type FrameLayout, type OperatorField, type SegmentField } from '../frame.ts';
import { formatValue } from './format.ts';
import { resolveRef } from './refs.ts';
import type { CitedValue, DebriefInput, DebriefSentence, Lang, Ref, SeedCitation, ValueFormat } from './types.ts';

export interface Candidate {
  sentence: DebriefSentence;
  /** How notable (0–1): the debrief keeps the most notable sentences. */
  salience: number;
  /** A mechanism rule (churn, events, flows): if none fires, the run is "quiet". */
  mechanism: boolean;
}

export type Words = (v: string[]) => string;

export class Context {
  readonly run: RunOutput;
  readonly L: FrameLayout;
  /** Last month. */
  readonly T: number;
  /** Focus operator. */
  readonly o: number;

  constructor(readonly input: DebriefInput) {
    this.run = input.run;
    this.L = input.run.meta.layout;
    this.T = input.run.frames.length - 1;
    const id = input.operator ?? input.challenge?.operator;
    this.o = Math.max(0, id === undefined ? 0 : input.run.meta.operators.findIndex((op) => op.id === id));
  }

  /** A frame slot over months from..to (a single month when to is omitted). */
  slot(slot: number, from: number, to = from, agg: 'sum' | 'mean' = 'sum', frame: 'trainee' | 'preset' = 'trainee'): Ref {
    return { frame, slot, from, to, agg };
  }
  opRef(field: OperatorField, from: number, to = from, agg: 'sum' | 'mean' = 'sum', o = this.o): Ref {
    return this.slot(at.op(this.L, o, field), from, to, agg);
  }
  segRef(s: number, field: SegmentField, from: number, to = from, o = this.o): Ref {
    return this.slot(at.seg(this.L, o, s, field), from, to);
  }
  causeRef(c: number, from: number, to = from, o = this.o): Ref {
    return this.slot(at.cause(this.L, o, c), from, to);
  }
  segCauseRef(s: number, c: number, from: number, to = from, o = this.o): Ref {
    return this.slot(at.segCause(this.L, o, s, c), from, to);
  }
  /** All churners of the focus operator over months from..to (the sum of its causes). */
  churnersRef(from: number, to: number, s?: number): Ref {
    return { op: 'add', args: CHURN_CAUSES.map((_, c) => (s === undefined ? this.causeRef(c, from, to) : this.segCauseRef(s, c, from, to))) };
  }
  /** A month number, cited from the frame's month slot. */
  month(t: number): CitedValue {
    return this.cite(this.slot(0, t), 'month');
  }
  value(ref: Ref): number {
    return resolveRef(ref, this.input);
  }
  cite(ref: Ref, format: ValueFormat): CitedValue {
    return { value: resolveRef(ref, this.input), format, ref };
  }
  frameValue(slot: number, t: number): number {
    return this.run.frames[t][slot];
  }

  opName(lang: Lang, o = this.o): string {
    return this.run.meta.operators[o].name[lang] || this.run.meta.operators[o].id;
  }
  segName(lang: Lang, s: number): string {
    return this.run.meta.segments[s].name[lang] || this.run.meta.segments[s].id;
  }

  /** A sentence: `en` and `zh` get the cited values written in their language, in order. */
  say(rule: string, values: CitedValue[], en: Words, zh: Words, sources: SeedCitation[] = []): DebriefSentence {
    const words = (lang: Lang) => values.map((v) => formatValue(v.value, v.format, lang));
    return { en: en(words('en')), 'zh-CN': zh(words('zh-CN')), rule, values, sources };
  }
}

/** Causes in frame order, with how each is named and where the course discusses it. */
export const CAUSE_WORDS: Record<ChurnCause, { en: string; zh: string; source?: SeedCitation }> = {
  baseline: { en: 'the segments’ everyday churn', zh: '细分市场的日常离网' },
  price: { en: 'rivals’ lower prices', zh: '对手价格更低', source: { seed: '000', lines: 'L711–715' } },
  dissatisfaction: { en: 'dissatisfaction with service', zh: '对服务不满', source: { seed: '001', lines: 'L146–155' } },
  contractExpiry: { en: 'contracts coming to an end', zh: '合约到期', source: { seed: '003', lines: 'L282–291' } },
  portability: { en: 'number portability', zh: '携号转网', source: { seed: '000', lines: 'L829–831' } },
  rivalCampaign: { en: 'rivals’ campaigns', zh: '对手的营销攻势', source: { seed: '000', lines: 'L787–791' } },
  rivalAppeal: {
    en: 'a better rival (network, brand, service, word of mouth)',
    zh: '对手更有吸引力（网络、品牌、服务、口碑）',
    source: { seed: '001', lines: 'L148' },
  },
  newCustomer: { en: 'new customers leaving early', zh: '新客户入网初期离网', source: { seed: '001', lines: 'L116' } },
};
