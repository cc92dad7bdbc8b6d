/**
 * Structural edits that must change several fields at once to keep a scenario valid: adding or
 * removing an operator, a segment or an event. Each function mutates the scenario it is given (the
 * draft passes its state inside `draft.batch`, so the whole change is one undo step).
 */
import { MAX_OPERATORS, MAX_SEGMENTS, MIN_OPERATORS, type ScenarioInput } from '../../engine/schema.ts';
import { OPERATOR_PALETTE } from '../../engine/coordinator.ts';
import { pruneVariants, renameInVariants, shiftVariantPaths } from './variantRefs.ts';

type Input = ScenarioInput;
type OperatorInput = Input['operators'][number];
type SegmentInput = Input['market']['segments'][number];
type EventInput = NonNullable<Input['events']>[number];
type PerSegment = number | Record<string, number>;
export type EventType = EventInput['type'];
export const EVENT_TYPES: readonly EventType[] = ['priceCut', 'portability', 'newEntrant', 'outage', 'networkLaunch'];

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** A fresh id `prefix-N` not yet in `taken`. */
export function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Same rule as the engine (validate.ts segmentValue): own entry, else `default`, else the fallback. */
function valueFor(value: PerSegment | undefined, segmentId: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  return value[segmentId] ?? value.default ?? fallback;
}

/** The month an operator enters (its entryMonth or a newEntrant event naming it, whichever is later). */
function entersAt(input: Input, op: OperatorInput): number {
  let month = op.entryMonth ?? 0;
  for (const e of input.events ?? []) if (e.type === 'newEntrant' && e.operator === op.id) month = Math.max(month, e.month);
  return month;
}

/** Writes per-segment values compactly: one number when all segments agree. */
function compact(values: Record<string, number>): PerSegment {
  const list = Object.values(values);
  return list.length > 0 && list.every((x) => x === list[0]) ? list[0] : values;
}

/**
 * Rescales the starting shares of the operators present at month 0 so that, in every segment,
 * they add up to 1 again (leaves a segment alone when nobody holds any of it).
 */
export function normaliseInitialShares(input: Input): void {
  const present = input.operators.filter((op) => entersAt(input, op) === 0);
  const segments = input.market.segments.map((s) => s.id);
  const values = present.map((op) => Object.fromEntries(segments.map((id) => [id, valueFor(op.initialShare, id, 0)])));
  for (const id of segments) {
    const sum = values.reduce((a, v) => a + v[id], 0);
    if (sum <= 0) continue;
    for (const v of values) v[id] = round(v[id] / sum);
    // Put the rounding rest on the largest holder so the sum is exact to 4 decimals.
    const rest = round(1 - values.reduce((a, v) => a + v[id], 0));
    if (rest !== 0) {
      const largest = values.reduce((best, v) => (v[id] > best[id] ? v : best), values[0]);
      largest[id] = round(largest[id] + rest);
    }
  }
  present.forEach((op, i) => {
    op.initialShare = compact(values[i]);
  });
}

/** Adds an operator (up to 4) with a free id, name and colour and a fair share of every segment. */
export function addOperator(input: Input): number | null {
  if (input.operators.length >= MAX_OPERATORS) return null;
  const ids = input.operators.map((op) => op.id);
  const id = freshId('operator', ids);
  const n = input.operators.length + 1;
  const used = new Set(input.operators.map((op) => op.color?.toLowerCase()));
  const color = OPERATOR_PALETTE.find((c) => !used.has(c.toLowerCase())) ?? OPERATOR_PALETTE[n % OPERATOR_PALETTE.length];
  const present = input.operators.filter((op) => entersAt(input, op) === 0).length;
  const share = round(1 / (present + 1));
  // Scale the others down first, so the new operator's share fits in every segment.
  for (const op of input.operators) {
    if (entersAt(input, op) !== 0) continue;
    op.initialShare = scalePerSegment(op.initialShare, 1 - share);
  }
  input.operators.push({
    id,
    name: { en: `Operator ${n}`, 'zh-CN': `运营商${n}` },
    color,
    initialShare: share,
    brand: 0.5,
    network: 0.6,
  });
  normaliseInitialShares(input);
  pruneVariants(input);
  return input.operators.length - 1;
}

function scalePerSegment(value: PerSegment, factor: number): PerSegment {
  if (typeof value === 'number') return round(value * factor);
  return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, round(x * factor)]));
}

/**
 * Removes operator `index` (never below 2): its events go, a challenge about it moves to the
 * first remaining operator (goals naming it measure the challenge's operator), and the others' starting shares are scaled up to fill its place.
 */
export function removeOperator(input: Input, index: number): boolean {
  if (input.operators.length <= MIN_OPERATORS || !input.operators[index]) return false;
  const [gone] = input.operators.splice(index, 1);
  if (input.events) input.events = input.events.filter((e) => !('operator' in e) || e.operator !== gone.id);
  for (const c of input.challenges ?? []) {
    if (c.operator === gone.id) c.operator = input.operators[0].id;
    for (const g of c.goals) if (g.operator === gone.id) delete g.operator;
  }
  normaliseInitialShares(input);
  shiftVariantPaths(input, 'operators', index);
  pruneVariants(input);
  return true;
}

/** Adds a segment (up to 8) with a fair share of the market; other segments are scaled down. */
export function addSegment(input: Input): number | null {
  const segments = input.market.segments;
  if (segments.length >= MAX_SEGMENTS) return null;
  const id = freshId(
    'segment',
    segments.map((s) => s.id),
  );
  const n = segments.length + 1;
  const share = round(1 / n);
  for (const s of segments) s.share = round(s.share * (1 - share));
  // Arrival shares need no rescaling: the engine normalises them.
  const segment: SegmentInput = {
    id,
    name: { en: `Segment ${n}`, 'zh-CN': `细分市场${n}` },
    share,
    spend: { median: 30, sigma: 1.2 },
    tierThresholds: [100, 300, 800],
    baseChurn: 0.015,
  };
  segments.push(segment);
  fixShareRounding(segments);
  // Operators whose shares are per segment without a default must name the new segment.
  for (const op of input.operators) {
    if (typeof op.initialShare === 'object' && op.initialShare.default === undefined) {
      const values = Object.values(op.initialShare);
      op.initialShare[id] = values.length ? round(values.reduce((a, x) => a + x, 0) / values.length) : 0;
    }
  }
  normaliseInitialShares(input);
  pruneVariants(input);
  return segments.length - 1;
}

function fixShareRounding(segments: SegmentInput[]): void {
  const rest = round(1 - segments.reduce((a, s) => a + s.share, 0));
  if (rest === 0 || segments.length === 0) return;
  const largest = segments.reduce((best, s) => (s.share > best.share ? s : best), segments[0]);
  largest.share = round(largest.share + rest);
}

/**
 * Removes segment `index` (never the last one) and every reference to its id: per-segment maps,
 * segment lists, key accounts, and price cuts aimed only at it. The remaining shares are scaled
 * up to add to 1.
 */
export function removeSegment(input: Input, index: number): boolean {
  const segments = input.market.segments;
  if (segments.length <= 1 || !segments[index]) return false;
  const [gone] = segments.splice(index, 1);
  const total = segments.reduce((a, s) => a + s.share, 0);
  if (total > 0) for (const s of segments) s.share = round(s.share / total);
  fixShareRounding(segments);
  const id = gone.id;
  const dropKey = (value: PerSegment | undefined): PerSegment | undefined => {
    if (value === undefined || typeof value === 'number') return value;
    const { [id]: _removed, ...rest } = value;
    return rest;
  };
  for (const op of input.operators) op.initialShare = dropKey(op.initialShare) ?? 0;
  // A cut aimed only at the removed segment would otherwise become a cut for everyone.
  if (input.events) input.events = input.events.filter((e) => !(e.type === 'priceCut' && e.segments?.length && e.segments.every((x) => x === id)));
  // Likewise a response rule watching only the removed segment would start watching the whole market.
  for (const op of input.operators) if (op.responses) op.responses = op.responses.filter((r) => r.segment !== id);
  rewriteSegmentRefs(input, (ids) => ids.filter((x) => x !== id), dropKey);
  normaliseInitialShares(input);
  shiftVariantPaths(input, 'market.segments', index);
  pruneVariants(input);
  return true;
}

/**
 * Rewrites the references to segment ids that removing and renaming a segment share: key accounts,
 * the per-segment levers and segment lists of every operator and scheduled change, the segments
 * response rules watch, and price cuts.
 */
function rewriteSegmentRefs(input: Input, list: (ids: string[]) => string[], keys: (value: PerSegment) => PerSegment | undefined): void {
  if (input.market.keyAccountSegments) input.market.keyAccountSegments = list(input.market.keyAccountSegments);
  for (const op of input.operators) {
    for (const g of [op, ...(op.schedule ?? [])]) {
      if (g.pricing?.tariffIndex !== undefined) g.pricing.tariffIndex = keys(g.pricing.tariffIndex);
      if (g.pricing?.bundle?.uptake !== undefined) g.pricing.bundle.uptake = keys(g.pricing.bundle.uptake);
      if (g.contracts?.uptake !== undefined) g.contracts.uptake = keys(g.contracts.uptake);
      if (g.crm?.segments) g.crm.segments = list(g.crm.segments);
      if (g.acquisition?.targetSegments) g.acquisition.targetSegments = list(g.acquisition.targetSegments);
    }
    for (const r of op.responses ?? []) if (r.segment !== undefined) r.segment = list([r.segment])[0] ?? r.segment;
  }
  for (const e of input.events ?? []) if (e.type === 'priceCut' && e.segments) e.segments = list(e.segments);
  // A goal about a removed segment measures the whole operator instead.
  for (const c of input.challenges ?? [])
    for (const g of c.goals)
      if (g.segment !== undefined) {
        const [kept] = list([g.segment]);
        if (kept === undefined) delete g.segment;
        else g.segment = kept;
      }
}

/** A new event of `type` at `month`, aimed at the first operator where it needs one. */
export function newEvent(input: Input, type: EventType, month: number): EventInput {
  const operator = input.operators[input.operators.length - 1]?.id ?? '';
  switch (type) {
    case 'priceCut':
      return { type, month, operator, segments: [], factor: 0.9 };
    case 'portability':
      return { type, month };
    case 'newEntrant':
      return { type, month, operator };
    case 'outage':
      return { type, month, operator, durationMonths: 1, incidentRate: 0.3 };
    case 'networkLaunch':
      return { type, month, operator, network: 0.85 };
  }
}

/**
 * Events that decide who is present at month 0 (a new entrant) change which starting shares must
 * add up to 1; after such an edit the shares are rescaled so the scenario stays valid.
 */
function touchesEntry(...events: (EventInput | undefined)[]): boolean {
  return events.some((e) => e?.type === 'newEntrant');
}

export function addEvent(input: Input, type: EventType, month: number): number {
  input.events ??= [];
  const event = newEvent(input, type, month);
  input.events.push(event);
  if (touchesEntry(event)) normaliseInitialShares(input);
  pruneVariants(input);
  return input.events.length - 1;
}

export function removeEvent(input: Input, index: number): void {
  const [gone] = input.events?.splice(index, 1) ?? [];
  if (touchesEntry(gone)) normaliseInitialShares(input);
  shiftVariantPaths(input, 'events', index);
  pruneVariants(input);
}

/** Points an event at another operator (a new entrant's shares are rebalanced). */
export function setEventOperator(input: Input, index: number, operator: string): void {
  const event = input.events?.[index];
  if (!event || !('operator' in event)) return;
  event.operator = operator;
  if (touchesEntry(event)) normaliseInitialShares(input);
}

/**
 * Changes an event's type, keeping its month and operator where the new type has them (one undo
 * step, and no stale fields of the old type left behind).
 */
export function changeEventType(input: Input, index: number, type: EventType): void {
  const old = input.events?.[index];
  if (!old || old.type === type) return;
  const next = newEvent(input, type, old.month);
  if ('operator' in next && 'operator' in old) next.operator = old.operator;
  input.events![index] = next;
  if (touchesEntry(old, next)) normaliseInitialShares(input);
  pruneVariants(input);
}

/**
 * Renames segment `index` and every reference to its id (per-segment maps, segment lists, key
 * accounts, price cuts). A new id already taken by another segment is set without touching the
 * references, so validation reports the clash instead of two segments silently merging.
 */
export function renameSegment(input: Input, index: number, id: string): void {
  const segment = input.market.segments[index];
  if (!segment) return;
  const old = segment.id;
  segment.id = id;
  if (old === id || input.market.segments.some((s, i) => i !== index && s.id === id)) return;
  const map = (value: PerSegment | undefined): PerSegment | undefined => {
    if (value === undefined || typeof value === 'number' || !(old in value)) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === old ? id : k, v]));
  };
  for (const op of input.operators) op.initialShare = map(op.initialShare) ?? op.initialShare;
  rewriteSegmentRefs(input, (ids) => ids.map((x) => (x === old ? id : x)), map);
  renameInVariants(input, old, id);
}

/** Renames operator `index` and the events and challenges that name it (same clash rule as segments). */
export function renameOperator(input: Input, index: number, id: string): void {
  const op = input.operators[index];
  if (!op) return;
  const old = op.id;
  op.id = id;
  if (old === id || input.operators.some((o, i) => i !== index && o.id === id)) return;
  for (const e of input.events ?? []) if ('operator' in e && e.operator === old) e.operator = id;
  for (const c of input.challenges ?? []) {
    if (c.operator === old) c.operator = id;
    for (const g of c.goals) if (g.operator === old) g.operator = id;
  }
  renameInVariants(input, old, id);
}
