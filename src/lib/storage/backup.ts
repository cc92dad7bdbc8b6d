/**
 * A backup of all saved work as one JSON file, to carry to another computer or keep safe from a
 * browser that clears its storage. Reading one checks everything before anything is written: a
 * file that is not a backup, is newer than this app, or has any record that could not be shown, is
 * refused as a whole with the place of the first problem. Merging never overwrites or drops what
 * is already saved: a record already there is skipped, a clashing id gets a new one, a clashing
 * name a numbered suffix.
 */
import * as v from 'valibot';
import { nestingDepth, utf8Length } from '../files/scenarioFile.ts';
import { newId, type RecordOf, type RunRecord, type SavedKind, type ScenarioRecord } from './records.ts';

export const BACKUP_FORMAT = 'telecom-workbench-backup';
export const BACKUP_VERSION = 1;
/** Far above a trainee's saved work (a saved 36-month run is a few hundred kB). */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** Records hold scenarios (about eight levels deep) inside a run inside the file. */
const MAX_BACKUP_NESTING = 48;

export interface SavedRecords {
  scenarios: ScenarioRecord[];
  runs: RunRecord[];
}

export type BackupProblem =
  | { kind: 'tooLarge'; limit: number }
  | { kind: 'tooDeep' }
  | { kind: 'notJson'; detail: string }
  | { kind: 'notBackup' }
  | { kind: 'scenarioFile' }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; path: string; issue: BackupIssue };

/** What is wrong at the path, in words the UI translates. */
export type BackupIssue =
  { kind: 'type'; expected: string; received: string } | { kind: 'missing' } | { kind: 'value'; received: string } | { kind: 'data' } | { kind: 'layout' };

export type BackupRead = { ok: true; records: SavedRecords } | { ok: false; problem: BackupProblem };

// The frames are float64 in the platform's byte order, which is little-endian on every browser platform.
function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): ArrayBuffer | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes.buffer;
  } catch {
    return null;
  }
}

export function backupText(records: SavedRecords, now = new Date()): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    scenarios: records.scenarios,
    runs: records.runs.map((run) => ({ ...run, data: toBase64(run.data) })),
  });
}

/** The start of a file says it is a backup (backupText writes the format first). */
export function isBackupHead(head: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"telecom-workbench-backup"/.test(head);
}

export function backupFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `workbench-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Text = v.pipe(v.string(), v.maxLength(10_000));
const LocalizedText = v.object({ en: Text, 'zh-CN': Text });
const Summary = {
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  savedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  size: Count,
};
const PlainObject = v.record(v.string(), v.unknown());

const ScenarioRecordSchema = v.object({ ...Summary, input: PlainObject, origin: v.nullable(Text) });

const Layout = v.object({
  operators: Count,
  segments: Count,
  tiers: Count,
  size: Count,
  op: Count,
  market: Count,
  seg: Count,
  tier: Count,
  switching: Count,
  cause: Count,
  segCause: v.optional(Count),
  explain: v.optional(Count),
  lorenz: Count,
  lorenzProfit: Count,
});

const Named = v.object({ id: Text, name: LocalizedText });
const Meta = v.object({
  scenarioId: Text,
  title: LocalizedText,
  seed: v.pipe(v.number(), v.finite()),
  months: v.pipe(Count, v.minValue(1)),
  customers: Count,
  operators: v.array(v.object({ ...Named.entries, color: Text })),
  segments: v.array(Named),
  tiers: v.array(Text),
  layout: Layout,
});

const RunRecordSchema = v.object({
  ...Summary,
  request: v.object({
    // Opened as the saved-run list opens any run: migrated, and edited in the editor if it has problems.
    scenario: v.looseObject({ id: Text }),
    overrides: v.object({ seed: v.optional(v.number()), months: v.optional(Count), customers: v.optional(Count) }),
  }),
  meta: Meta,
  frameCount: Count,
  frameLength: Count,
  cohortLength: Count,
  data: v.string(),
});

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.optional(v.string()),
  scenarios: v.array(ScenarioRecordSchema),
  runs: v.array(RunRecordSchema),
});

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`)).join('');
}

function issueOf(issue: v.BaseIssue<unknown>): BackupIssue {
  if (issue.received === 'undefined') return { kind: 'missing' };
  if (issue.kind === 'schema') return { kind: 'type', expected: issue.expected ?? '?', received: issue.received };
  return { kind: 'value', received: issue.received };
}

/** The offsets of a run's frames stay inside it, and the stored numbers are as many as it says. */
function runProblem(run: v.InferOutput<typeof RunRecordSchema>): { at: string; issue: BackupIssue; data?: undefined } | { data: ArrayBuffer } {
  const { layout, months } = run.meta;
  const offsets = [layout.op, layout.market, layout.seg, layout.tier, layout.switching, layout.cause, layout.lorenz, layout.lorenzProfit];
  if (layout.segCause !== undefined) offsets.push(layout.segCause);
  if (layout.explain !== undefined) offsets.push(layout.explain);
  const fits =
    layout.size === run.frameLength &&
    layout.operators === run.meta.operators.length &&
    layout.segments === run.meta.segments.length &&
    offsets.every((offset) => offset < layout.size) &&
    run.frameCount <= months + 1 &&
    run.cohortLength === layout.operators * (months + 1);
  if (!fits) return { at: 'meta.layout', issue: { kind: 'layout' } };
  const data = fromBase64(run.data);
  if (!data || data.byteLength !== run.frameCount * (run.frameLength + run.cohortLength) * 8) return { at: 'data', issue: { kind: 'data' } };
  return { data };
}

/** Reads backup file text; the result is a value, never an exception. */
export function readBackupText(text: string): BackupRead {
  if (text.length > MAX_BACKUP_BYTES || utf8Length(text) > MAX_BACKUP_BYTES) return { ok: false, problem: { kind: 'tooLarge', limit: MAX_BACKUP_BYTES } };
  if (nestingDepth(text, MAX_BACKUP_NESTING) > MAX_BACKUP_NESTING) return { ok: false, problem: { kind: 'tooDeep' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: { kind: 'notJson', detail: err instanceof Error ? err.message : String(err) } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: { kind: 'notBackup' } };
  const head = data as { format?: unknown; version?: unknown; schemaVersion?: unknown; operators?: unknown };
  if (head.format !== BACKUP_FORMAT) {
    // A scenario file picked by mistake gets its own message: it has its own import button.
    const scenarioLike = head.format === undefined && (head.schemaVersion !== undefined || Array.isArray(head.operators));
    return { ok: false, problem: { kind: scenarioLike ? 'scenarioFile' : 'notBackup' } };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) return { ok: false, problem: { kind: 'newer', version: head.version } };

  const parsed = v.safeParse(BackupSchema, data, { abortEarly: true });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, problem: { kind: 'invalid', path: pathOf(issue), issue: issueOf(issue) } };
  }
  const runs: RunRecord[] = [];
  for (const [i, run] of parsed.output.runs.entries()) {
    const checked = runProblem(run);
    if (!checked.data) return { ok: false, problem: { kind: 'invalid', path: `runs[${i}].${checked.at}`, issue: checked.issue } };
    runs.push({ ...run, request: run.request as unknown as RunRecord['request'], meta: run.meta, data: checked.data });
  }
  const scenarios = parsed.output.scenarios.map((s) => ({ ...s, input: s.input as unknown as ScenarioRecord['input'] }));
  return { ok: true, records: { scenarios, runs } };
}

export interface MergePlan {
  /** Records to write, with new ids and names where they clashed. */
  records: SavedRecords;
  /** Records the library already has (same id, name and date): left alone. */
  skipped: number;
  /** Records saved under a new name because the name was taken. */
  renamed: number;
}

/**
 * Plans an import beside the records already saved. `nameWithNumber(name, n)` words a clashing
 * name's copy (n = 2, 3, …) in the UI language.
 */
export function planMerge(
  existing: { [K in SavedKind]: { id: string; name: string; savedAt: number }[] },
  incoming: SavedRecords,
  nameWithNumber: (name: string, n: number) => string,
): MergePlan {
  let skipped = 0;
  let renamed = 0;
  const plan = <K extends SavedKind>(kind: K): RecordOf[K][] => {
    const ids = new Map(existing[kind].map((r) => [r.id, r]));
    const names = new Set(existing[kind].map((r) => r.name));
    const out: RecordOf[K][] = [];
    for (const record of incoming[kind] as RecordOf[K][]) {
      const same = ids.get(record.id);
      if (same && same.name === record.name && same.savedAt === record.savedAt) {
        skipped++;
        continue;
      }
      let name = record.name;
      if (names.has(name)) {
        let n = 2;
        while (names.has(nameWithNumber(record.name, n))) n++;
        name = nameWithNumber(record.name, n);
        renamed++;
      }
      const id = ids.has(record.id) ? newId() : record.id;
      const copy = { ...record, id, name };
      ids.set(id, copy);
      names.add(name);
      out.push(copy);
    }
    return out;
  };
  return { records: { scenarios: plan('scenarios'), runs: plan('runs') }, skipped, renamed };
}
