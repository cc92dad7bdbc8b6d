/**
 * What saved work looks like in storage. A run keeps its frames and cohort rows in one
 * ArrayBuffer (a few hundred kB for a 36-month run) rather than as arrays of numbers, which would
 * take several times the space and time to write.
 */
import type { RunMeta } from '../../engine/api.ts';
import type { ResponseRecord } from '../../engine/reactor.ts';
import type { ScenarioInput } from '../../engine/schema.ts';
import type { RunRequestInfo } from '../sim/run.svelte.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';

export type SavedKind = 'scenarios' | 'runs';

/** What the saved-work list shows of any record. */
export interface SavedSummary {
  id: string;
  name: string;
  /** ms since 1970 (Date.now()). */
  savedAt: number;
  /** Bytes the record takes, roughly as stored. */
  size: number;
}

export interface ScenarioRecord extends SavedSummary {
  input: ScenarioInput;
  /** Id of the preset the scenario was edited from (its "differs from preset" reference), if any. */
  origin: string | null;
}

export interface RunRecord extends SavedSummary {
  /** The scenario and run settings (seed, months, customers) that made the run. */
  request: RunRequestInfo;
  meta: RunMeta;
  /** Months stored (frames and cohort rows each). */
  frameCount: number;
  frameLength: number;
  cohortLength: number;
  /** frameCount frames, then frameCount cohort rows, as float64. */
  data: ArrayBuffer;
  /** Response rules fired in the run (absent when none fired, and in runs saved before them). */
  responses?: ResponseRecord[];
}

export interface RecordOf {
  scenarios: ScenarioRecord;
  runs: RunRecord;
}

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** A fresh id that needs no secure context (crypto.randomUUID does). */
export function newId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`;
}

export function packRun(snapshot: RunSnapshot): Pick<RunRecord, 'frameCount' | 'frameLength' | 'cohortLength' | 'data' | 'responses'> {
  const frameCount = Math.min(snapshot.frames.length, snapshot.cohorts.length);
  const frameLength = snapshot.meta.layout.size;
  const cohortLength = frameCount > 0 ? snapshot.cohorts[0].length : 0;
  const all = new Float64Array(frameCount * (frameLength + cohortLength));
  for (let t = 0; t < frameCount; t++) {
    all.set(snapshot.frames[t].subarray(0, frameLength), t * frameLength);
    all.set(snapshot.cohorts[t].subarray(0, cohortLength), frameCount * frameLength + t * cohortLength);
  }
  const fired = snapshot.responses?.filter((r) => r.decided < frameCount);
  return { frameCount, frameLength, cohortLength, data: all.buffer, ...(fired?.length ? { responses: fired.map((r) => ({ ...r })) } : {}) };
}

/** Views into the stored buffer: no copy, and nothing mutates a shown run. */
export function unpackRun(record: RunRecord): RunSnapshot {
  const { frameCount: n, frameLength: F, cohortLength: C } = record;
  const all = new Float64Array(record.data);
  const frames = Array.from({ length: n }, (_, t) => all.subarray(t * F, (t + 1) * F));
  const cohorts = Array.from({ length: n }, (_, t) => all.subarray(n * F + t * C, n * F + (t + 1) * C));
  return { meta: record.meta, frames, cohorts, ...(record.responses?.length ? { responses: record.responses } : {}) };
}

export function runRecordSize(r: Omit<RunRecord, 'size'>): number {
  return r.data.byteLength + jsonBytes({ ...r, data: null });
}

export const summaryOf = ({ id, name, savedAt, size }: SavedSummary): SavedSummary => ({ id, name, savedAt, size });
