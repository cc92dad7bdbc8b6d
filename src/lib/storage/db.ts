/**
 * The IndexedDB database of saved work and its version ladder. Each step takes the database from
 * version v − 1 to v inside the upgrade transaction; opening an old database runs every step from
 * its version on, in order, so data saved by any earlier version is carried forward.
 *
 *   v1: store `scenarios` (key `id`): { id, name, savedAt, input, origin }
 *   v2: `scenarios` records gain `size`; index `savedAt` on `scenarios`; new store `runs`
 *       (key `id`, index `savedAt`) with compactly packed frames (records.ts).
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { jsonBytes, type RunRecord, type ScenarioRecord } from './records.ts';

export const DB_NAME = 'telecom-workbench';
export const DB_VERSION = 2;

export interface WorkDB extends DBSchema {
  scenarios: { key: string; value: ScenarioRecord; indexes: { savedAt: number } };
  runs: { key: string; value: RunRecord; indexes: { savedAt: number } };
}

type UpgradeTx = IDBPTransaction<WorkDB, StoreNames<WorkDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<WorkDB>, tx: UpgradeTx) => Promise<void> | void;

/** UPGRADES[v - 1] builds version v from version v − 1. Never edit a released step; add one. */
export const UPGRADES: Step[] = [
  // v1: scenarios only.
  (db) => {
    db.createObjectStore('scenarios', { keyPath: 'id' });
  },
  // v2: sizes for the list, a date index for sorting, and saved runs.
  async (db, tx) => {
    const scenarios = tx.objectStore('scenarios');
    scenarios.createIndex('savedAt', 'savedAt');
    db.createObjectStore('runs', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
    let cursor = await scenarios.openCursor();
    while (cursor) {
      const record = cursor.value as Omit<ScenarioRecord, 'size'> & { size?: number };
      if (typeof record.size !== 'number') await cursor.update({ ...record, size: jsonBytes(record.input) });
      cursor = await cursor.continue();
    }
  },
];

export type OpenFailure = { kind: 'unavailable' | 'blocked' | 'failed'; detail: string };

export interface OpenOptions {
  /** The IndexedDB to use (tests pass fake-indexeddb's); defaults to the page's. */
  factory?: IDBFactory;
  name?: string;
  /** Open at an older version (tests build a v1 database with it). */
  version?: number;
  /** Give up when opening takes longer (some private modes never answer). */
  timeoutMs?: number;
  /** Another tab runs a newer version and needs this connection closed. */
  onClosed?: () => void;
}

/**
 * Opens (and upgrades) the database, or says why it could not. Never throws and never hangs:
 * an open that is blocked by another tab, errors, or does not answer in time resolves to a failure.
 */
export async function openWorkDB(options: OpenOptions = {}): Promise<{ ok: true; db: IDBPDatabase<WorkDB> } | { ok: false; failure: OpenFailure }> {
  const version = options.version ?? DB_VERSION;
  let factory: IDBFactory | undefined;
  try {
    factory = options.factory ?? globalThis.indexedDB;
  } catch (err) {
    return { ok: false, failure: { kind: 'unavailable', detail: String(err) } };
  }
  if (!factory) return { ok: false, failure: { kind: 'unavailable', detail: 'no indexedDB in this browser' } };

  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: { ok: true; db: IDBPDatabase<WorkDB> } | { ok: false; failure: OpenFailure }) => {
      if (settled) {
        // Opened after we gave up: close it, this session already works in memory.
        if (value.ok) value.db.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => finish({ ok: false, failure: { kind: 'unavailable', detail: 'no answer from IndexedDB' } }), options.timeoutMs ?? 8000);

    let request: IDBOpenDBRequest;
    try {
      request = factory.open(options.name ?? DB_NAME, version);
    } catch (err) {
      finish({ ok: false, failure: { kind: 'unavailable', detail: err instanceof Error ? err.message : String(err) } });
      return;
    }
    request.onblocked = () => finish({ ok: false, failure: { kind: 'blocked', detail: 'another tab has an older version open' } });
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as unknown as IDBPDatabase<WorkDB>;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
      // An aborted upgrade is reported through the open request; the done promise must not go unhandled.
      tx.done.catch(() => {});
      const target = event.newVersion ?? version;
      // Steps run one after another inside the one upgrade transaction (the first one synchronously).
      const steps = async () => {
        for (let v = event.oldVersion + 1; v <= target; v++) {
          const step = UPGRADES[v - 1];
          if (!step) throw new Error(`no upgrade step to database version ${v}`);
          await step(db, tx);
        }
      };
      steps().catch((err) => {
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        finish({ ok: false, failure: { kind: 'failed', detail: err instanceof Error ? err.message : String(err) } });
      });
    };
    request.onerror = (event) => {
      event.preventDefault();
      const err = request.error;
      const kind = err?.name === 'VersionError' ? 'failed' : 'unavailable';
      finish({ ok: false, failure: { kind, detail: err ? `${err.name}: ${err.message}` : 'unknown error' } });
    };
    request.onsuccess = () => {
      const raw = request.result;
      raw.onversionchange = () => {
        raw.close();
        options.onClosed?.();
      };
      finish({ ok: true, db: wrap(raw) as unknown as IDBPDatabase<WorkDB> });
    };
  });
}
