/**
 * Two places saved work can live, with one interface: IndexedDB (survives reloads) and memory
 * (when IndexedDB is denied, blocked or full; gone with the tab). library.ts switches between them.
 */
import type { IDBPDatabase } from 'idb';
import type { WorkDB } from './db.ts';
import type { RecordOf, SavedKind } from './records.ts';

export interface WorkStore {
  readonly persistent: boolean;
  /** Newest first. */
  list<K extends SavedKind>(kind: K): Promise<RecordOf[K][]>;
  get<K extends SavedKind>(kind: K, id: string): Promise<RecordOf[K] | undefined>;
  put<K extends SavedKind>(kind: K, record: RecordOf[K]): Promise<void>;
  delete(kind: SavedKind, id: string): Promise<void>;
  /** Writes all the records or none (an imported backup). */
  putAll(records: { [K in SavedKind]: RecordOf[K][] }): Promise<void>;
}

const newestFirst = <T extends { savedAt: number }>(records: T[]) => records.sort((a, b) => b.savedAt - a.savedAt);

export class IdbStore implements WorkStore {
  readonly persistent = true;
  constructor(private readonly db: IDBPDatabase<WorkDB>) {}

  async list<K extends SavedKind>(kind: K): Promise<RecordOf[K][]> {
    return newestFirst((await this.db.getAllFromIndex(kind, 'savedAt')) as RecordOf[K][]);
  }
  async get<K extends SavedKind>(kind: K, id: string): Promise<RecordOf[K] | undefined> {
    return (await this.db.get(kind, id)) as RecordOf[K] | undefined;
  }
  async put<K extends SavedKind>(kind: K, record: RecordOf[K]): Promise<void> {
    // Wait for the transaction, not just the request: a full disk shows up when it commits.
    const tx = this.db.transaction(kind, 'readwrite');
    await Promise.all([tx.store.put(record as never), tx.done]);
  }
  async delete(kind: SavedKind, id: string): Promise<void> {
    const tx = this.db.transaction(kind, 'readwrite');
    await Promise.all([tx.store.delete(id), tx.done]);
  }
  async putAll(records: { [K in SavedKind]: RecordOf[K][] }): Promise<void> {
    // One transaction over both stores: a failure part way (a full disk) leaves nothing half imported.
    const tx = this.db.transaction(['scenarios', 'runs'], 'readwrite');
    const writes = [...records.scenarios.map((r) => tx.objectStore('scenarios').put(r)), ...records.runs.map((r) => tx.objectStore('runs').put(r))];
    await Promise.all([...writes, tx.done]);
  }
  close(): void {
    this.db.close();
  }
}

export class MemoryStore implements WorkStore {
  readonly persistent = false;
  readonly #records: { [K in SavedKind]: Map<string, RecordOf[K]> } = { scenarios: new Map(), runs: new Map() };

  async list<K extends SavedKind>(kind: K): Promise<RecordOf[K][]> {
    return newestFirst([...(this.#records[kind] as Map<string, RecordOf[K]>).values()].map((r) => structuredClone(r)));
  }
  async get<K extends SavedKind>(kind: K, id: string): Promise<RecordOf[K] | undefined> {
    const record = (this.#records[kind] as Map<string, RecordOf[K]>).get(id);
    return record && structuredClone(record);
  }
  async put<K extends SavedKind>(kind: K, record: RecordOf[K]): Promise<void> {
    (this.#records[kind] as Map<string, RecordOf[K]>).set(record.id, structuredClone(record));
  }
  async delete(kind: SavedKind, id: string): Promise<void> {
    this.#records[kind].delete(id);
  }
  async putAll(records: { [K in SavedKind]: RecordOf[K][] }): Promise<void> {
    for (const record of records.scenarios) await this.put('scenarios', record);
    for (const record of records.runs) await this.put('runs', record);
  }
}
