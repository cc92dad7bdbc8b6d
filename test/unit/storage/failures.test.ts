import 'fake-indexeddb/auto'; // globals idb needs (IDBRequest…); each test still gets its own factory
import { IDBDatabase as FakeDatabase, IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWorkDB } from '../../../src/lib/storage/db.ts';
import { WorkLibrary, type StorageProblem } from '../../../src/lib/storage/library.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

const input = readScenarioInput('default');

/** An IndexedDB whose open request fails the way private modes make it fail. */
function failingFactory(error: DOMException): IDBFactory {
  return {
    open() {
      const request = { error, result: undefined } as unknown as IDBOpenDBRequest;
      setTimeout(() => request.onerror?.({ preventDefault() {} } as Event));
      return request;
    },
  } as unknown as IDBFactory;
}

/** The library keeps working in memory: save, list, rename, delete and restore. */
async function worksInMemory(library: WorkLibrary) {
  expect(library.persistent).toBe(false);
  const earlier = (await library.list('scenarios')).map((s) => s.name);
  const saved = await library.saveScenario('Kept in memory', input, 'default', Date.now() + 10_000);
  await library.rename('scenarios', saved.id, 'Renamed in memory');
  const removed = await library.remove('scenarios', saved.id);
  expect((await library.list('scenarios')).map((s) => s.name)).toEqual(earlier);
  await library.restore('scenarios', removed!);
  expect((await library.list('scenarios')).map((s) => s.name)).toEqual(['Renamed in memory', ...earlier]);
  expect((await library.get('scenarios', saved.id))?.input).toEqual(input);
}

afterEach(() => vi.restoreAllMocks());

describe('saved work when IndexedDB is denied, blocked or full', () => {
  it('indexedDB.open throws (insecure context, blocked cookies): memory, with the reason', async () => {
    const factory = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const library = await WorkLibrary.open({ factory });
    expect(library.problem).toMatchObject({ kind: 'unavailable', detail: expect.stringContaining('insecure') });
    await worksInMemory(library);
  });

  it('reading window.indexedDB itself throws: memory', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const library = await WorkLibrary.open();
      expect(library.problem?.kind).toBe('unavailable');
      await worksInMemory(library);
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', descriptor!);
    }
  });

  it('the open request errors (private mode) or never answers: memory', async () => {
    const denied = await WorkLibrary.open({
      factory: failingFactory(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')),
    });
    expect(denied.problem).toMatchObject({ kind: 'unavailable', detail: expect.stringContaining('InvalidStateError') });
    await worksInMemory(denied);

    // An open that never answers ends in the timeout's failure (the test's own timeout catches a hang).
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    const hung = await WorkLibrary.open({ factory: silent, timeoutMs: 50 });
    expect(hung.problem).toEqual({ kind: 'unavailable', detail: 'no answer from IndexedDB' });
    await worksInMemory(hung);
  });

  it('a database from a newer version of the app (VersionError): memory, not a crash', async () => {
    const factory = new IDBFactory();
    const newer = await openWorkDB({ factory, version: 9 }).catch(() => null);
    // This build has no step to version 9: asking for it is a clean failure, not a half-built database.
    expect(newer?.ok).toBe(false);
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('telecom-workbench', 9);
      request.onsuccess = () => resolve(request.result);
    });
    raw.close();
    const library = await WorkLibrary.open({ factory });
    expect(library.problem).toMatchObject({ kind: 'failed', detail: expect.stringContaining('VersionError') });
    await worksInMemory(library);
  });

  it('an upgrade blocked by another tab that holds the old version: memory, and the late connection is closed', async () => {
    const factory = new IDBFactory();
    const old = await openWorkDB({ factory, version: 1 });
    if (!old.ok) throw new Error(old.failure.detail);
    // The other tab ignores versionchange (an old build that never closes).
    (old.db as unknown as { onversionchange: null }).onversionchange = null;
    const library = await WorkLibrary.open({ factory });
    expect(library.problem?.kind).toBe('blocked');
    await worksInMemory(library);
    const closed: IDBDatabase[] = [];
    const close = FakeDatabase.prototype.close;
    vi.spyOn(FakeDatabase.prototype, 'close').mockImplementation(function (this: IDBDatabase) {
      closed.push(this);
      close.call(this);
    });
    old.db.close(); // the other tab closes: the blocked open now succeeds and must be closed again
    // Opens of one database are served in order, so this one answers after the blocked one has.
    const again = await WorkLibrary.open({ factory, timeoutMs: 2000 });
    expect(again.problem).toBeNull();
    expect(again.persistent).toBe(true);
    const late = closed.filter((db) => db !== unwrap(old.db));
    expect(late, 'the connection that opened after the library gave up').toHaveLength(1);
  });

  it('a full disk on save: the record and everything saved before move to memory; the disk keeps what it had', async () => {
    const factory = new IDBFactory();
    const problems: StorageProblem[] = [];
    const library = await WorkLibrary.open({ factory }, (p) => problems.push(p));
    const before = await library.saveScenario('Saved while there was room', input, 'default', 1000);
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const after = await library.saveScenario('Saved on a full disk', { ...input, id: 'full' }, null, 2000);
    expect(problems).toEqual([{ kind: 'full', detail: expect.stringContaining('QuotaExceededError') }]);
    expect(library.problem?.kind).toBe('full');
    expect(library.persistent).toBe(false);
    expect((await library.list('scenarios')).map((s) => s.id)).toEqual([after.id, before.id]);
    expect((await library.get('scenarios', after.id))?.input.id).toBe('full');
    vi.restoreAllMocks();
    await worksInMemory(library);
    // After a reload, what fitted on disk is still there.
    const reopened = await WorkLibrary.open({ factory });
    expect((await reopened.list('scenarios')).map((s) => s.name)).toEqual(['Saved while there was room']);
  });

  it('closed by a newer version in another tab: later saves go to memory with the reason', async () => {
    const factory = new IDBFactory();
    const problems: StorageProblem[] = [];
    const library = await WorkLibrary.open({ factory }, (p) => problems.push(p));
    await library.saveScenario('Before', input, null);
    // Another tab opens version 3: this tab's connection gets versionchange and closes itself.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('telecom-workbench', 3);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('this tab did not let go of the database'));
    });
    newer.close();
    const saved = await library.saveScenario('After', input, null);
    expect(problems.map((p) => p.kind)).toEqual(['closed']);
    expect((await library.get('scenarios', saved.id))?.name).toBe('After');
  });
});
