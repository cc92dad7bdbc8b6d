import { describe, expect, it } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import { startOfflineSupport, type OfflineDeps } from '../../../src/lib/pwa/offline.ts';

/** The app's offline support wired to fakes: what it registered, showed, reloaded and scheduled. */
function setUp(words: typeof en = en) {
  let options: RegisterSWOptions = {};
  const notices: { kind: string; text: string; action?: { label: string; run: () => void }; timeoutMs?: number }[] = [];
  const log = { reloads: 0, skipWaiting: 0, intervals: [] as { run: () => void; ms: number }[], online: true, takeOver: [] as (() => void)[] };
  const deps: OfflineDeps = {
    registerSW: (given) => {
      options = given;
      return async () => {
        log.skipWaiting++;
      };
    },
    notify: (kind, text, action, timeoutMs) => notices.push({ kind, text, action, timeoutMs }),
    words: () => words,
    reload: () => log.reloads++,
    setInterval: (run, ms) => log.intervals.push({ run, ms }),
    online: () => log.online,
    onControllerChange: (run) => log.takeOver.push(run),
  };
  startOfflineSupport(deps);
  return { options: () => options, notices, log };
}

describe('update prompt', () => {
  it('shows a lasting notice when a new version waits, and neither activates it nor reloads by itself', () => {
    const { options, notices, log } = setUp();
    options().onNeedRefresh?.();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'info', text: en.pwaUpdateReady, timeoutMs: 0 });
    expect(notices[0].action?.label).toBe('Reload to update');
    expect(log).toMatchObject({ reloads: 0, skipWaiting: 0 });
  });

  it('activates the new version and reloads only after the user pressed the button', async () => {
    const { options, notices, log } = setUp();
    options().onNeedRefresh?.();
    notices[0].action?.run();
    await Promise.resolve();
    expect(log.skipWaiting).toBe(1);
    expect(log.reloads).toBe(0); // the reload waits for the new worker to take control
    options().onNeedReload?.();
    expect(log.reloads).toBe(1);
    // The page's own take-over listener (for a first visit's page) does not reload a second time.
    log.takeOver.forEach((run) => run());
    expect(log.reloads).toBe(1);
  });

  it("reloads a first visit's page when the new worker takes over, though workbox-window does not report it", async () => {
    const { options, notices, log } = setUp();
    options().onNeedRefresh?.();
    notices[0].action?.run();
    await Promise.resolve();
    expect(log.reloads).toBe(0);
    log.takeOver.forEach((run) => run());
    expect(log.reloads).toBe(1);
  });

  it('just reloads when the new version was activated meanwhile (nothing waits any more)', () => {
    const { options, notices, log } = setUp();
    options().onRegisteredSW?.('sw.js', { waiting: null, update: async () => {} } as unknown as ServiceWorkerRegistration);
    options().onNeedRefresh?.();
    notices[0].action?.run();
    expect(log).toMatchObject({ reloads: 1, skipWaiting: 0 });
  });

  it('does not reload a tab that did not ask (another tab updated): it says so and offers a reload', () => {
    const { options, notices, log } = setUp();
    options().onNeedReload?.();
    expect(log.reloads).toBe(0);
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toBe(en.pwaUpdatedElsewhere);
    notices[0].action?.run();
    expect(log.reloads).toBe(1);
  });

  it('shows the prompt once however often the worker reports a waiting version', () => {
    const { options, notices } = setUp();
    options().onNeedRefresh?.();
    options().onNeedRefresh?.();
    expect(notices).toHaveLength(1);
  });

  it('words the prompt in Chinese for a Chinese page', () => {
    const { options, notices } = setUp(zhCN);
    options().onNeedRefresh?.();
    expect(notices[0].text).toBe(zhCN.pwaUpdateReady);
    expect(notices[0].action?.label).toBe('重新加载以更新');
  });
});

describe('update checks', () => {
  it('asks the server for a new version every hour while online, and not while offline', () => {
    const { options, log } = setUp();
    let checks = 0;
    const registration = { update: async () => void checks++ } as unknown as ServiceWorkerRegistration;
    options().onRegisteredSW?.('sw.js', registration);
    expect(log.intervals).toHaveLength(1);
    expect(log.intervals[0].ms).toBe(60 * 60 * 1000);
    log.intervals[0].run();
    log.online = false;
    log.intervals[0].run();
    expect(checks).toBe(1);
  });
});
