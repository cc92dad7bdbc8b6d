/**
 * Turns streamed month frames into chart series. Only reads values through frame.ts accessors and
 * scales fractions to percent for display; no model maths here.
 */
import type { RunMeta } from '../../engine/api.ts';
import { opValue, type OperatorField } from '../../engine/frame.ts';
import type { LocalizedString } from '../../engine/schema.ts';

export interface Series {
  id: string;
  name: string;
  color: string;
  /** values[m] is month m; NaN where there is no value. */
  values: number[];
}

export function operatorSeries(
  meta: RunMeta,
  frames: Float64Array[],
  field: OperatorField,
  name: (text: LocalizedString) => string,
  /** Months before this one are left out (NaN), e.g. month 0 of a flow metric. */
  fromMonth = 0,
  /** Fractions are shown as percent. */
  scale = 100,
): Series[] {
  return meta.operators.map((op, o) => ({
    id: op.id,
    name: name(op.name),
    color: op.color,
    values: frames.map((frame, month) => (month < fromMonth ? NaN : opValue(frame, meta.layout, o, field) * scale)),
  }));
}
