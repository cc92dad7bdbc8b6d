import { resolveObjectURL } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyWorkerScript, EARLY_WORKER_KEY, hintAsName, hintFromName, startHint } from '../../../src/lib/sim/earlyWorker.ts';
import { AUTOSAVE_KEY } from '../../../src/lib/storage/autosave.ts';

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

const WORKER_FILE = './assets/sim.worker-abc.js';
/** A worker bundle as the build emits it, with a character that must not end the script element. */
const WORKER_CODE = 'self.onmessage = () => postMessage("</script><!-- done");\n//# sourceMappingURL=sim.worker-abc.js.map\n';

/** Runs the inline script against a fake page; returns what it spawned. */
function runInlineScript(page: Page, code: string | null = WORKER_CODE) {
  const spawned: { url: string; options: WorkerOptions }[] = [];
  class FakeWorker {
    constructor(url: string, options: WorkerOptions) {
      spawned.push({ url, options });
    }
  }
  const window: Record<string, unknown> = {};
  const script = earlyWorkerScript({ url: WORKER_FILE, code });
  const run = new Function('window', 'Worker', 'localStorage', 'location', 'performance', script);
  run(window, FakeWorker, storageOf(page), { hash: page.hash, href: 'http://localhost:4173/app/' }, { mark() {} });
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
    expect(spawned[0].url).toMatch(/^blob:/);
    expect(spawned[0].options).toEqual({ type: 'module', name: hintAsName(startHint()) });
    expect(left).toBeDefined();
  });

  it('runs the worker from a blob of its code, with its source map found at the file’s address', async () => {
    const { spawned } = runInlineScript({ hash: '', stored: null });
    const blob = resolveObjectURL(spawned[0].url);
    expect(await blob?.text()).toBe(
      'self.onmessage = () => postMessage("</script><!-- done");\n//# sourceMappingURL=http://localhost:4173/app/assets/sim.worker-abc.js.map',
    );
    expect(blob?.type).toBe('text/javascript');
  });

  it('keeps the code from ending the script element it is carried in', () => {
    const script = earlyWorkerScript({ url: WORKER_FILE, code: WORKER_CODE });
    expect(script).not.toMatch(/<\/script|<!--/i);
  });

  it('spawns from the file when the bundle cannot run from a blob', () => {
    const { spawned } = runInlineScript({ hash: '', stored: null }, null);
    expect(spawned[0].url).toBe(WORKER_FILE);
  });

  it('leaves the spawning to the app where there are no workers', () => {
    const run = new Function('window', 'Worker', earlyWorkerScript({ url: './w.js', code: 'void 0' }));
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
