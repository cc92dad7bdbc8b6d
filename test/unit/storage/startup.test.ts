import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioInput } from '../../../src/engine/schema.ts';
import { shareHash } from '../../../src/lib/files/shareLink.ts';
import { en } from '../../../src/lib/i18n/dictionaries.ts';
import { AUTOSAVE_KEY, createAutosaver, readAutosave, writeAutosave } from '../../../src/lib/storage/autosave.ts';
import { initialScenario, initialScenarioAtOnce } from '../../../src/lib/storage/startup.ts';
import { defaultPreset } from '../../../src/lib/scenario/default.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

/** A localStorage stand-in; `full` makes every write throw like a full quota does. */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  full = false;
  writes = 0;
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.#items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.writes++;
    this.#items.set(key, value);
  }
}

const edited = (): ScenarioInput => {
  const input = readScenarioInput('default');
  input.title = { en: 'My edited market', 'zh-CN': '我编辑的市场' };
  input.operators[0].brand = 0.9;
  return input;
};
const open = (hash: string, storage: Storage | null) => initialScenario({ hash, storage, words: en, forgetLink: () => {} });

afterEach(() => vi.useRealTimers());

describe('what the app opens with', () => {
  it('nothing saved and no link: the default preset, no message', async () => {
    expect(await open('', new MemoryStorage())).toEqual({ input: defaultPreset.input, origin: defaultPreset.input, source: 'preset' });
    expect(await open('', null)).toMatchObject({ source: 'preset' });
  });

  it('the autosaved draft comes back with its origin', async () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, { input: edited(), origin: defaultPreset.input });
    expect(await open('', storage)).toEqual({ input: edited(), origin: defaultPreset.input, source: 'autosave' });
  });

  it('a draft whose origin no longer opens is its own origin, at once and after the full start-up alike', async () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, { input: edited(), origin: { schemaVersion: 99 } as unknown as ScenarioInput });
    const expected = { input: edited(), origin: edited(), source: 'autosave' };
    expect(await open('', storage)).toEqual(expected);
    expect(initialScenarioAtOnce({ hash: '', storage })).toEqual(expected);
  });

  it('a share link wins over the autosave, opens exactly, and is its own origin; the link is then forgotten', async () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, { input: edited(), origin: defaultPreset.input });
    const shared = { ...edited(), id: 'shared', title: { en: 'Shared <b>case</b>', 'zh-CN': '分享的案例' } };
    const forgetLink = vi.fn();
    const result = await initialScenario({ hash: await shareHash(shared), storage, words: en, forgetLink });
    expect(result).toEqual({ input: shared, origin: shared, source: 'link' });
    expect(forgetLink).toHaveBeenCalledOnce();
  });

  it('a bad link says why and falls back to the autosave (or the preset)', async () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, { input: edited(), origin: defaultPreset.input });
    const hash = await shareHash(edited());
    const result = await open(hash.slice(0, 40), storage);
    expect(result.source).toBe('autosave');
    expect(result.message).toMatch(/^The share link could not be opened: the link is (cut short|not complete)/);
    const noSave = await open('#s=@@', new MemoryStorage());
    expect(noSave).toMatchObject({ source: 'preset', message: expect.stringContaining('base64url') });
  });

  it('a damaged or future-version autosave says why and opens the preset', async () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{ not json');
    expect(await open('', storage)).toMatchObject({ source: 'preset', message: expect.stringContaining('damaged') });
    writeAutosave(storage, { input: { ...edited(), schemaVersion: 7 as 3 }, origin: defaultPreset.input });
    expect(await open('', storage)).toMatchObject({ source: 'preset', message: expect.stringContaining('newer version') });
  });
});

describe('what the app opens with, decided at once (no waiting where nothing needs decoding or saying)', () => {
  it('agrees with initialScenario() when there is no link and the draft opens, or there is none', async () => {
    const empty = new MemoryStorage();
    expect(initialScenarioAtOnce({ hash: '', storage: empty })).toEqual(await open('', empty));
    expect(initialScenarioAtOnce({ hash: '#', storage: null })).toEqual(await open('#', null));
    const saved = new MemoryStorage();
    writeAutosave(saved, { input: edited(), origin: defaultPreset.input });
    expect(initialScenarioAtOnce({ hash: '', storage: saved })).toEqual(await open('', saved));
  });

  it('leaves a share link, a damaged draft and a draft that does not open to initialScenario() (which says why)', async () => {
    expect(initialScenarioAtOnce({ hash: await shareHash(edited()), storage: new MemoryStorage() })).toBeNull();
    expect(initialScenarioAtOnce({ hash: '#s=@@', storage: new MemoryStorage() })).toBeNull();
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{ not json');
    expect(initialScenarioAtOnce({ hash: '', storage })).toBeNull();
    writeAutosave(storage, { input: { ...edited(), schemaVersion: 7 as 3 }, origin: defaultPreset.input });
    expect(initialScenarioAtOnce({ hash: '', storage })).toBeNull();
  });
});

describe('autosave', () => {
  it('debounces a burst of edits into one write, and flush writes a pending one at once', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    const saver = createAutosaver(storage, 500);
    for (let i = 0; i < 20; i++) saver.schedule({ input: { ...edited(), id: `v${i}` }, origin: defaultPreset.input });
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(499);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
    const read = readAutosave(storage);
    expect(read.kind === 'found' && (read.draft.input as ScenarioInput).id).toBe('v19');
    saver.schedule({ input: { ...edited(), id: 'last' }, origin: defaultPreset.input });
    saver.flush(); // the page is being hidden
    expect(storage.writes).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(2);
  });

  it('a full or denied localStorage does not throw; the previous autosave stays', () => {
    const storage = new MemoryStorage();
    expect(writeAutosave(storage, { input: edited(), origin: defaultPreset.input })).toBe(true);
    storage.full = true;
    expect(writeAutosave(storage, { input: { ...edited(), id: 'lost' }, origin: defaultPreset.input })).toBe(false);
    const read = readAutosave(storage);
    expect(read.kind === 'found' && (read.draft.input as ScenarioInput).id).toBe('default');
    expect(writeAutosave(null, { input: edited(), origin: defaultPreset.input })).toBe(false);
    const denied = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(readAutosave(denied)).toEqual({ kind: 'none' });
  });
});
