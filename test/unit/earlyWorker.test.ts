import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyWorkerScript, EARLY_WORKER_KEY, hintAsName, hintFromName, startHint } from '../../src/lib/sim/earlyWorker.ts';
import { AUTOSAVE_KEY } from '../../src/lib/storage/autosave.ts';

interface Page {
  hash: string;
  stored: string | null;
  storageDenied?: boolean;
}

function storageOf(page: Page) {
  return {
    getItem(key: string) {
      if (page.storageDenied) throw new Error('SecurityError');
      return key === AUTOSAVE_KEY ? page.stored : null;
    },
  };
}

/** Runs the inline script against a fake page; returns what it spawned. */
function runInlineScript(page: Page) {
  const spawned: { url: string; options: WorkerOptions }[] = [];
  class FakeWorker {
    constructor(url: string, options: WorkerOptions) {
      spawned.push({ url, options });
    }
  }
  const window: Record<string, unknown> = {};
  const run = new Function('window', 'Worker', 'localStorage', 'location', 'performance', earlyWorkerScript('./assets/sim.worker-abc.js'));
  run(window, FakeWorker, storageOf(page), { hash: page.hash }, { mark() {} });
  return { spawned, left: window[EARLY_WORKER_KEY] };
}

describe('the inline script that starts the worker first (earlyWorker.ts)', () => {
  afterEach(() => vi.unstubAllGlobals());

  const pages: Page[] = [
    { hash: '', stored: null },
    { hash: '#s=H4sIAAAA', stored: null },
    { hash: '#', stored: '{"format":1,"input":{},"origin":{}}' },
    { hash: '', stored: 'not json' },
    { hash: '', stored: null, storageDenied: true },
  ];

  it.each(pages)('spawns a module worker named with the same hint as startHint() (%o)', (page) => {
    vi.stubGlobal('location', { hash: page.hash });
    vi.stubGlobal('localStorage', storageOf(page));
    const { spawned, left } = runInlineScript(page);
    expect(spawned).toHaveLength(1);
    expect(spawned[0].url).toBe('./assets/sim.worker-abc.js');
    expect(spawned[0].options).toEqual({ type: 'module', name: hintAsName(startHint()) });
    expect(left).toBeDefined();
  });

  it('leaves the spawning to the app where there are no workers', () => {
    const run = new Function('window', 'Worker', earlyWorkerScript('./w.js'));
    const window: Record<string, unknown> = {};
    expect(() => run(window, undefined)).not.toThrow();
    expect(window[EARLY_WORKER_KEY]).toBeUndefined();
  });

  it('reads back the hint from the worker name, and nothing from other names', () => {
    const hint = { shareLink: false, autosave: '{"format":1}' };
    expect(hintFromName(hintAsName(hint))).toEqual(hint);
    expect(hintFromName('')).toBeNull();
    expect(hintFromName('sim')).toBeNull();
    expect(hintFromName('{"shareLink":"no","autosave":null}')).toBeNull();
    expect(hintFromName('{"shareLink":false,"autosave":5}')).toBeNull();
  });
});
