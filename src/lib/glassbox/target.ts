/**
 * What the user asked the glass box to explain: a KPI or a chart point. Charts and the KPI strip
 * create these (through an `onpick` callback); the glass box panel reads the run's frames to show
 * how the number is made at that month.
 */
import type { MarketField, OperatorField, SegmentField, TierField } from '../../engine/frame.ts';

export type GlassTarget =
  | { kind: 'operator'; field: OperatorField; operator: number; month: number }
  | { kind: 'segment'; field: SegmentField; operator: number; segment: number; month: number }
  | { kind: 'tier'; field: TierField; operator: number; tier: number; month: number }
  | { kind: 'market'; field: MarketField; month: number };
