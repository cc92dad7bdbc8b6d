/**
 * Saved work as the UI uses it: save, list, rename, duplicate, delete/restore, open — on IndexedDB
 * when it works and in memory when it does not. When a write fails (a full disk, a connection closed
 * by a newer version in another tab) the library moves to memory, taking along everything it can
 * still read plus the record being written, so the user loses nothing in this session; the records
 * already on disk stay there for the next visit. Problems are reported as values for the UI to word.
 */
import { IdbStore, MemoryStore, type WorkStore } from './backends.ts';
import { planMerge, type MergePlan, type SavedRecords } from './backup.ts';
import { openWorkDB, type OpenOptions } from './db.ts';
import { migrateScenario } from '../../engine/migrate.ts';
import type { Scenario, ScenarioInput } from '../../engine/schema.ts';
import type { RunRequestInfo } from '../sim/run.svelte.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';
import {
  jsonBytes,
  newId,
  packRun,
  runRecordSize,
  summaryOf,
  unpackRun,
  type RecordOf,
  type RunRecord,
  type SavedKind,
  type SavedSummary,
  type ScenarioRecord,
} from './records.ts';

/** Why saved work is kept in memory only. */
export type StorageProblem =
  { kind: 'unavailable' | 'blocked' | 'failed'; detail: string } | { kind: 'full'; detail: string } | { kind: 'closed'; detail: string };

const SAVED_KINDS: SavedKind[] = ['scenarios', 'runs'];

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export class WorkLibrary {
  #store: WorkStore;
  #problem: StorageProblem | null;
  #onProblem: (problem: StorageProblem) => void;
  #closedByOtherTab = false;

  constructor(store: WorkStore, problem: StorageProblem | null = null, onProblem: (problem: StorageProblem) => void = () => {}) {
    this.#store = store;
    this.#problem = problem;
    this.#onProblem = onProblem;
  }

  /** Opens IndexedDB, or a memory library with the reason when that fails. */
  static async open(options: Omit<OpenOptions, 'onClosed'> = {}, onProblem?: (problem: StorageProblem) => void): Promise<WorkLibrary> {
    let library: WorkLibrary | null = null;
    const opened = await openWorkDB({
      ...options,
      onClosed: () => {
        if (library) library.#markClosed();
      },
    });
    library = opened.ok ? new WorkLibrary(new IdbStore(opened.db), null, onProblem) : new WorkLibrary(new MemoryStore(), opened.failure, onProblem);
    return library;
  }

  /** True while saved work survives a reload. */
  get persistent(): boolean {
    return this.#store.persistent;
  }
  get problem(): StorageProblem | null {
    return this.#problem;
  }

  async list(kind: SavedKind): Promise<SavedSummary[]> {
    return this.#read(async (s) => (await s.list(kind)).map(summaryOf), []);
  }

  async saveScenario(name: string, input: ScenarioInput, origin: string | null, now = Date.now()): Promise<ScenarioRecord> {
    const record: ScenarioRecord = { id: newId(), name, savedAt: now, size: jsonBytes(input), input: structuredClone(input), origin };
    await this.#write('scenarios', record);
    return record;
  }

  async saveRun(name: string, snapshot: RunSnapshot, request: RunRequestInfo, now = Date.now()): Promise<RunRecord> {
    const base = { id: newId(), name, savedAt: now, request, meta: snapshot.meta, ...packRun(snapshot) };
    const record: RunRecord = { ...base, size: runRecordSize(base) };
    await this.#write('runs', record);
    return record;
  }

  async get<K extends SavedKind>(kind: K, id: string): Promise<RecordOf[K] | undefined> {
    return this.#read((s) => s.get(kind, id), undefined);
  }

  /** A saved run, its scenario brought up to the current schema (runs saved by an older app). */
  async openRun(id: string): Promise<{ snapshot: RunSnapshot; request: RunRequestInfo } | undefined> {
    const record = await this.get('runs', id);
    if (!record) return undefined;
    const migrated = migrateScenario(record.request.scenario);
    const scenario = migrated.ok ? (migrated.data as unknown as Scenario) : record.request.scenario;
    return { snapshot: unpackRun(record), request: { ...record.request, scenario } };
  }

  async rename(kind: SavedKind, id: string, name: string): Promise<void> {
    const record = await this.get(kind, id);
    if (!record) return;
    await this.#write(kind, { ...record, name });
  }

  async duplicate(kind: SavedKind, id: string, name: string, now = Date.now()): Promise<SavedSummary | undefined> {
    const record = await this.get(kind, id);
    if (!record) return undefined;
    const copy = { ...record, id: newId(), name, savedAt: now };
    await this.#write(kind, copy);
    return summaryOf(copy);
  }

  /** Deletes and returns the record, so that an Undo can put it back with `restore`. */
  async remove<K extends SavedKind>(kind: K, id: string): Promise<RecordOf[K] | undefined> {
    const record = await this.get(kind, id);
    if (!record) return undefined;
    try {
      await this.#store.delete(kind, id);
    } catch (err) {
      await this.#fallBack(err);
      await this.#store.delete(kind, id);
    }
    return record;
  }

  async restore<K extends SavedKind>(kind: K, record: RecordOf[K]): Promise<void> {
    await this.#write(kind, record);
  }

  /** Every saved record, newest first, for a backup. */
  async exportAll(): Promise<SavedRecords> {
    const [scenarios, runs] = await Promise.all([this.#read((s) => s.list('scenarios'), []), this.#read((s) => s.list('runs'), [])]);
    return { scenarios, runs };
  }

  /**
   * Adds a backup's records beside those already saved (planMerge: nothing is overwritten), all
   * in one write. Returns what was done, for the message.
   */
  async importAll(records: SavedRecords, nameWithNumber: (name: string, n: number) => string): Promise<MergePlan> {
    const existing = { scenarios: await this.list('scenarios'), runs: await this.list('runs') };
    const plan = planMerge(existing, records, nameWithNumber);
    if (this.#closedByOtherTab) await this.#fallBack(new Error('closed'));
    try {
      await this.#store.putAll(plan.records);
    } catch (err) {
      await this.#fallBack(err);
      await this.#store.putAll(plan.records);
    }
    return plan;
  }

  /** Reads from the current store; a read that fails moves to memory and answers from there. */
  async #read<T>(read: (s: WorkStore) => Promise<T>, empty: T): Promise<T> {
    try {
      return await read(this.#store);
    } catch (err) {
      await this.#fallBack(err);
      try {
        return await read(this.#store);
      } catch {
        return empty;
      }
    }
  }

  async #write<K extends SavedKind>(kind: K, record: RecordOf[K]): Promise<void> {
    if (this.#closedByOtherTab) await this.#fallBack(new Error('closed'));
    try {
      await this.#store.put(kind, record);
    } catch (err) {
      await this.#fallBack(err);
      await this.#store.put(kind, record);
    }
  }

  #markClosed(): void {
    this.#closedByOtherTab = true;
  }

  /** Moves to memory with whatever the old store can still give. */
  async #fallBack(err: unknown): Promise<void> {
    const old = this.#store;
    if (!old.persistent) throw err; // memory itself failed: nothing safer to move to
    const memory = new MemoryStore();
    if (!this.#closedByOtherTab) {
      for (const kind of SAVED_KINDS) {
        try {
          for (const record of await old.list(kind)) await memory.put(kind, record);
        } catch {
          // Unreadable: those records stay on disk for the next visit.
        }
      }
    }
    this.#store = memory;
    if (old instanceof IdbStore) old.close();
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    this.#problem = this.#closedByOtherTab ? { kind: 'closed', detail } : isQuotaError(err) ? { kind: 'full', detail } : { kind: 'failed', detail };
    this.#onProblem(this.#problem);
  }
}
