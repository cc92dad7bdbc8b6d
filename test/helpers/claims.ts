/**
 * Machine-checkable claims about the presets' "what to look at" notes (test/unit/presets/claims.ts):
 * the vocabulary (metrics, expectations, counterfactual patches) and the code that runs a
 * preset at its own size and seed and measures each claim.
 */
import type { RunOutput } from '../../src/engine/api.ts';
import { at, CHURN_CAUSES, type ChurnCause, type MarketField, type OperatorField, type SegmentField } from '../../src/engine/frame.ts';
import type { ScenarioInput, ViewId } from '../../src/engine/schema.ts';
import { runScenario } from '../../src/engine/simulation.ts';
import { mustValidate, opIndex, readScenarioInput, segIndex } from './scenarios.ts';

export const lastMonth = (out: RunOutput) => out.frames.length - 1;

/** A month of the run; 'end' is the last month. */
export type Month = number | 'end';
/** Months from..to, both included. */
export type Span = readonly [from: Month, to: Month];

/** The runs of one preset, by name: 'preset' is the file itself, the others are its counterfactuals. */
export type Runs = (name: string) => RunOutput;

/** A figure read from a finished run (`runs` gives the preset's other runs, for figures that pair two). */
export interface Metric {
  label: string;
  of: (out: RunOutput, runs: Runs) => number;
  /** Other runs the figure reads besides the one it is measured on. */
  uses?: string[];
}

/**
 * What the figure should be: a value with an absolute tolerance, a bound, or a comparison with
 * the same figure in another run on the same seed: a direction, a band on the ratio of the two
 * or on their difference, or several of these.
 */
export type Expect =
  | { near: number; tol: number }
  | { above: number }
  | { below: number }
  | { vs: string; is?: 'equal' | 'higher' | 'lower'; ratio?: readonly [number, number]; diff?: readonly [number, number] };

export interface Check {
  /** What the check shows, in a few words. */
  says: string;
  /** Words of the note's English text that state this figure, when it states one (checked verbatim). */
  quote?: string;
  metric: Metric;
  /** The run the figure is read from (default 'preset'). */
  on?: string;
  expect: Expect;
}

/** The claims of one `lookAt` note: its view and month (checked against the file) and why these checks. */
export interface NoteClaim {
  view: ViewId;
  month?: number;
  reason: string;
  checks: Check[];
}

/** A claim of the description or of one objective (`objectives[i]`). */
export interface TextClaim {
  where: 'description' | `objectives[${number}]`;
  reason: string;
  checks: Check[];
}

/**
 * A change to a preset's document, in the manner of a JSON Patch (RFC 6902) with one addition:
 * an array step that is not a number picks elements by `id` (`/operators/mobile`), by `key=value`
 * (`/events/type=portability`) or all of them (`*`). Every path must match something; only `add`
 * creates a field.
 */
export type Patch =
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'add'; path: string; value: unknown }
  | { op: 'copy'; from: string; path: string };

/** A counterfactual: the preset with a lever removed or changed, run on the same seed unless `seed` says otherwise. */
export interface Counterfactual {
  says: string;
  patch: Patch[];
  seed?: number;
}

export interface PresetClaims {
  runs?: Record<string, Counterfactual>;
  /** One entry per `lookAt` note, in the file's order. */
  notes: NoteClaim[];
  /** Quantitative claims of the description and objectives. */
  text?: TextClaim[];
}

// ---- patches --------------------------------------------------------------------------------

type Json = Record<string, unknown> | unknown[];

/** The containers and keys a path points to. */
function locate(doc: unknown, path: string): [Json, string | number][] {
  const steps = path.split('/').slice(1);
  let here: [Json, string | number][] = [[{ root: doc }, 'root']];
  for (const step of steps) {
    const next: [Json, string | number][] = [];
    for (const [parent, key] of here) {
      const node = (parent as Record<string | number, unknown>)[key];
      if (Array.isArray(node)) {
        if (/^\d+$/.test(step)) next.push([node, Number(step)]);
        else
          node.forEach((el, i) => {
            const [k, v] = step.includes('=') ? step.split('=') : ['id', step];
            if (step === '*' || String((el as Record<string, unknown>)[k]) === v) next.push([node, i]);
          });
      } else if (node && typeof node === 'object') next.push([node as Json, step]);
    }
    here = next;
  }
  return here;
}

function present(target: [Json, string | number]): boolean {
  const [parent, key] = target;
  return Array.isArray(parent) ? (key as number) < parent.length : key in parent;
}

/** Applies a patch to a copy of `doc`; throws when a path matches nothing. */
export function applyPatch<T>(doc: T, patch: readonly Patch[]): T {
  const out = structuredClone(doc);
  for (const p of patch) {
    const targets = locate(out, p.path);
    const fail = () => new Error(`patch ${JSON.stringify(p)} matches nothing`);
    if (p.op === 'copy') {
      const from = locate(out, p.from).filter(present);
      if (from.length !== 1 || targets.length === 0) throw fail();
      const value = (from[0][0] as Record<string | number, unknown>)[from[0][1]];
      for (const [parent, key] of targets) (parent as Record<string | number, unknown>)[key] = structuredClone(value);
      continue;
    }
    if (p.op === 'add') {
      const fields = targets.filter(([parent]) => !Array.isArray(parent));
      if (fields.length === 0) throw fail();
      for (const [parent, key] of fields) (parent as Record<string | number, unknown>)[key] = structuredClone(p.value);
      continue;
    }
    const found = targets.filter(present);
    if (found.length === 0) throw fail();
    if (p.op === 'replace') for (const [parent, key] of found) (parent as Record<string | number, unknown>)[key] = structuredClone(p.value);
    else
      for (const [parent, key] of found.reverse()) {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, unknown>)[key];
      }
  }
  return out;
}

// ---- running a preset -----------------------------------------------------------------------

/** The runs of a preset at its own size and seed, each made once, on first use. */
export function presetRuns(id: string, claims: PresetClaims): Runs {
  const input: ScenarioInput = readScenarioInput(id);
  const cache = new Map<string, RunOutput>();
  const runs: Runs = (name) => {
    let out = cache.get(name);
    if (!out) {
      const cf = name === 'preset' ? { patch: [], seed: undefined } : claims.runs?.[name];
      if (!cf) throw new Error(`${id}: no run named ${name}`);
      out = runScenario(mustValidate(applyPatch(input, cf.patch)), cf.seed === undefined ? {} : { seed: cf.seed });
      cache.set(name, out);
    }
    return out;
  };
  return runs;
}

export interface Outcome {
  pass: boolean;
  /** The check, the figure measured and what was expected. */
  message: string;
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(4));

/** Measures a check on the preset's runs. */
export function evaluate(check: Check, runs: Runs): Outcome {
  const on = check.on ?? 'preset';
  const x = check.metric.of(runs(on), runs);
  const e = check.expect;
  const head = `${check.says}: ${check.metric.label} on ${on} = ${fmt(x)}`;
  if ('near' in e) return { pass: Math.abs(x - e.near) <= e.tol, message: `${head}, expected ${fmt(e.near)} ± ${fmt(e.tol)}` };
  if ('above' in e) return { pass: x > e.above, message: `${head}, expected above ${fmt(e.above)}` };
  if ('below' in e) return { pass: x < e.below, message: `${head}, expected below ${fmt(e.below)}` };
  if (!e.is && !e.ratio && !e.diff) throw new Error(`${check.says}: a comparison needs a direction or a band`);
  const y = check.metric.of(runs(e.vs), runs);
  let pass = e.is === undefined || (e.is === 'equal' ? x === y : e.is === 'higher' ? x > y : x < y);
  let message = `${head} against ${fmt(y)} on ${e.vs} (ratio ${fmt(x / y)}, difference ${fmt(x - y)}), expected`;
  if (e.is) message += ` ${e.is}`;
  if (e.ratio) {
    pass &&= x / y >= e.ratio[0] && x / y <= e.ratio[1];
    message += ` ratio in ${e.ratio.map(fmt).join('–')}`;
  }
  if (e.diff) {
    pass &&= x - y >= e.diff[0] && x - y <= e.diff[1];
    message += ` difference in ${e.diff.map(fmt).join('–')}`;
  }
  return { pass, message };
}

// ---- metrics --------------------------------------------------------------------------------

const monthOf = (out: RunOutput, m: Month) => (m === 'end' ? lastMonth(out) : m);
const spanOf = (out: RunOutput, [from, to]: Span): [number, number] => [monthOf(out, from), monthOf(out, to)];
const spanLabel = ([from, to]: Span) => `months ${from}–${to}`;
const opOf = (out: RunOutput, id: string) => {
  const o = opIndex(out, id);
  if (o < 0) throw new Error(`no operator ${id}`);
  return o;
};
const segsOf = (out: RunOutput, ids?: readonly string[]) =>
  (ids ?? out.meta.segments.map((s) => s.id)).map((id) => {
    const s = segIndex(out, id);
    if (s < 0) throw new Error(`no segment ${id}`);
    return s;
  });
const opsOf = (out: RunOutput, id: string) => (id === 'market' ? out.meta.operators.map((_, o) => o) : [opOf(out, id)]);
const segsLabel = (ids?: readonly string[]) => (ids ? ` (${ids.join(', ')})` : '');

/** An operator field at one month. */
export const opAt = (field: OperatorField, op: string, month: Month): Metric => ({
  label: `${op} ${field} at month ${month}`,
  of: (out) => out.frames[monthOf(out, month)][at.op(out.meta.layout, opOf(out, op), field)],
});

/** An operator field summed over a span. */
export const opSum = (field: OperatorField, op: string, span: Span): Metric => ({
  label: `${op} ${field} summed over ${spanLabel(span)}`,
  of: (out) => {
    const [from, to] = spanOf(out, span);
    let sum = 0;
    for (let t = from; t <= to; t++) sum += out.frames[t][at.op(out.meta.layout, opOf(out, op), field)];
    return sum;
  },
});

/** An operator field averaged over a span. */
export const opMean = (field: OperatorField, op: string, span: Span): Metric => ({
  label: `${op} mean ${field} over ${spanLabel(span)}`,
  of: (out, runs) => {
    const [from, to] = spanOf(out, span);
    return opSum(field, op, span).of(out, runs) / (to - from + 1);
  },
});

/** A market field at one month. */
export const marketAt = (field: MarketField, month: Month): Metric => ({
  label: `market ${field} at month ${month}`,
  of: (out) => out.frames[monthOf(out, month)][at.market(out.meta.layout, field)],
});

/** A segment field of an operator summed over some segments (all when omitted) at one month. */
export const segAt = (field: SegmentField, op: string, month: Month, segments?: readonly string[]): Metric => ({
  label: `${op} ${field}${segsLabel(segments)} at month ${month}`,
  of: (out) => {
    const o = opOf(out, op);
    return segsOf(out, segments).reduce((sum, s) => sum + out.frames[monthOf(out, month)][at.seg(out.meta.layout, o, s, field)], 0);
  },
});

/** A segment field summed over some segments and a span. */
export const segSum = (field: SegmentField, op: string, span: Span, segments?: readonly string[]): Metric => ({
  label: `${op} ${field}${segsLabel(segments)} summed over ${spanLabel(span)}`,
  of: (out, runs) => {
    const [from, to] = spanOf(out, span);
    let sum = 0;
    for (let t = from; t <= to; t++) sum += segAt(field, op, t, segments).of(out, runs);
    return sum;
  },
});

/**
 * Churn over a span: churners over subscribers at month start, summed over the months, of one
 * operator or the whole 'market', in some segments (all when omitted).
 */
export const churn = (op: string, span: Span, segments?: readonly string[]): Metric => ({
  label: `${op} churn${segsLabel(segments)} over ${spanLabel(span)}`,
  of: (out) => {
    const L = out.meta.layout;
    const [from, to] = spanOf(out, span);
    let churned = 0;
    let base = 0;
    for (let t = from; t <= to; t++)
      for (const o of opsOf(out, op))
        for (const s of segsOf(out, segments)) {
          churned += out.frames[t][at.seg(L, o, s, 'churned')];
          base += out.frames[t - 1][at.seg(L, o, s, 'subscribers')];
        }
    return churned / base;
  },
});

/** Churn of an operator's customers in some value tiers (0 base … 3 diamond) over a span. */
export const tierChurn = (op: string, tiers: readonly number[], span: Span): Metric => ({
  label: `${op} churn of tiers ${tiers.join(', ')} over ${spanLabel(span)}`,
  of: (out) => {
    const L = out.meta.layout;
    const o = opOf(out, op);
    const [from, to] = spanOf(out, span);
    let churned = 0;
    let base = 0;
    for (let t = from; t <= to; t++)
      for (const k of tiers) {
        churned += out.frames[t][at.tier(L, o, k, 'churned')];
        base += out.frames[t - 1][at.tier(L, o, k, 'subscribers')];
      }
    return churned / base;
  },
});

/** An operator's subscribers in one value tier at one month. */
export const tierSubscribers = (op: string, tier: number, month: Month): Metric => ({
  label: `${op} tier-${tier} subscribers at month ${month}`,
  of: (out) => out.frames[monthOf(out, month)][at.tier(out.meta.layout, opOf(out, op), tier, 'subscribers')],
});

/** An operator's share of the market's subscribers in some segments at one month. */
export const segShare = (op: string, segments: readonly string[], month: Month): Metric => ({
  label: `${op} share of${segsLabel(segments)} subscribers at month ${month}`,
  of: (out) => {
    const L = out.meta.layout;
    const o = opOf(out, op);
    const t = monthOf(out, month);
    let own = 0;
    let all = 0;
    for (const s of segsOf(out, segments))
      for (let j = 0; j < out.meta.operators.length; j++) {
        const n = out.frames[t][at.seg(L, j, s, 'subscribers')];
        all += n;
        if (j === o) own += n;
      }
    return own / all;
  },
});

/** Churners of an operator (or the 'market') with a given main cause over a span. */
export const causeChurners = (op: string, cause: ChurnCause, span: Span): Metric => ({
  label: `${op} churners with cause ${cause} over ${spanLabel(span)}`,
  of: (out) => {
    const [from, to] = spanOf(out, span);
    const c = CHURN_CAUSES.indexOf(cause);
    let n = 0;
    for (let t = from; t <= to; t++) for (const o of opsOf(out, op)) n += out.frames[t][at.cause(out.meta.layout, o, c)];
    return n;
  },
});

/** Churners who left operator `from` for the operators in `to` ('exit' = left the market) over a span. */
export const switched = (from: string, to: readonly string[], span: Span): Metric => ({
  label: `${from} churners to ${to.join(' + ')} over ${spanLabel(span)}`,
  of: (out) => {
    const L = out.meta.layout;
    const o = opOf(out, from);
    const dests = to.map((d) => (d === 'exit' ? out.meta.operators.length : opOf(out, d)));
    const [a, b] = spanOf(out, span);
    let n = 0;
    for (let t = a; t <= b; t++) for (const d of dests) n += out.frames[t][at.switching(L, o, d)];
    return n;
  },
});

/** Churners who joined operator `to` from the operators in `from` over a span. */
export const wonFrom = (to: string, from: readonly string[], span: Span): Metric => ({
  label: `${to} customers won from ${from.join(' + ')} over ${spanLabel(span)}`,
  of: (out) => {
    const L = out.meta.layout;
    const d = opOf(out, to);
    const [a, b] = spanOf(out, span);
    let n = 0;
    for (let t = a; t <= b; t++) for (const id of from) n += out.frames[t][at.switching(L, opOf(out, id), d)];
    return n;
  },
});

/** One figure divided by another, both from the same run. */
export const ratio = (num: Metric, den: Metric, label = `${num.label} ÷ ${den.label}`): Metric => ({
  label,
  of: (out, runs) => num.of(out, runs) / den.of(out, runs),
  uses: [...(num.uses ?? []), ...(den.uses ?? [])],
});

/** One figure less another, both from the same run. */
export const minus = (a: Metric, b: Metric, label = `${a.label} − ${b.label}`): Metric => ({
  label,
  of: (out, runs) => a.of(out, runs) - b.of(out, runs),
  uses: [...(a.uses ?? []), ...(b.uses ?? [])],
});

/** A figure of this run less the same figure of another run of the preset. */
export const gainOver = (m: Metric, run: string): Metric => ({
  label: `${m.label}, this run − ${run}`,
  of: (out, runs) => m.of(out, runs) - m.of(runs(run), runs),
  uses: [run, ...(m.uses ?? [])],
});

/** A figure of a run from its own code, for what the vocabulary above cannot say; `uses` names the other runs it reads. */
export const custom = (label: string, of: Metric['of'], uses: string[] = []): Metric => ({ label, of, uses });
