/**
 * `npm run bench:browser` (after `npm run build`): what the worker pool does in headless Chromium.
 *   1. A big workbench run (default 1,000,000 × 120) with ?pool=1 (one worker) and ?pool=2 (split
 *      by customer slices over two threads), wall time from Run to done, reported against this
 *      machine's two-thread ceiling (threadScaling.ts, as `npm run bench` measures it); and
 *      whether the key figures came out identical.
 *   2. A 20-replication batch of the default at 200,000 × 36 in the Replications view on the
 *      page's pool: the main thread's long tasks during it (PerformanceObserver 'longtask'), the
 *      longest and how many exceed 50 ms — the page must stay responsive.
 * Prints a table and, as its last line, one JSON object. Measured, never asserted.
 * Options: --customers N --months M (part 1), --batch-customers N --replications R, --repeat K,
 * --only run|batch.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, startPreview } from '../e2e/harness.ts';
import { measureThreadScaling } from './threadScaling.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const customers = arg('customers', 1_000_000);
const months = arg('months', 120);
const batchCustomers = arg('batch-customers', 200_000);
const replications = arg('replications', 20);
const repeat = arg('repeat', 2);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : '';

/** Starts watching long tasks in the page; read them with `longTasks`. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __long: number[] }).__long.slice());

async function bigRun(url: string, pool: number): Promise<{ seconds: number[]; kpis: string[]; longest: number }> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?lang=en&pool=${pool}`);
  await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 120_000 });
  await page.locator('input[name="customers"]').fill(String(customers));
  await page.locator('input[name="months"]').fill(String(months));
  const seconds: number[] = [];
  let kpis: string[] = [];
  let longest = 0;
  for (let r = 0; r < repeat; r++) {
    await watchLongTasks(page);
    // Time from the click to the status saying done, measured in the page.
    await page.evaluate(() => {
      const w = window as unknown as { __t0: number; __t1: Promise<number> };
      const status = document.querySelector('[data-testid=status]')!;
      w.__t1 = new Promise((resolve) => {
        const seen = new MutationObserver(() => {
          if (status.getAttribute('data-phase') === 'done' && performance.now() - w.__t0 > 50) {
            seen.disconnect();
            resolve(performance.now());
          }
        });
        seen.observe(status, { attributes: true, attributeFilter: ['data-phase'] });
      });
      w.__t0 = performance.now();
      (document.querySelector('[data-testid=run]') as HTMLButtonElement).click();
    });
    const ms = await page.evaluate(async () => {
      const w = window as unknown as { __t0: number; __t1: Promise<number> };
      return (await w.__t1) - w.__t0;
    });
    seconds.push(ms / 1000);
    kpis = await page.locator('[data-testid=kpi] .value').allInnerTexts();
    longest = Math.max(longest, ...(await longTasks(page)), 0);
  }
  await browser.close();
  return { seconds, kpis, longest };
}

async function batch(url: string): Promise<{ seconds: number; longest: number; over50: number; count: number; workers: string }> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?lang=en`);
  await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 120_000 });
  await page.locator('#tab-analysis').click();
  await page.locator('#analysis-tab-replications').click();
  await page.locator('input[name="replications"]').fill(String(replications));
  await page.locator('input[name="rep-customers"]').fill(String(batchCustomers));
  await page.locator('input[name="rep-months"]').fill('36');
  const workers = await page.getByTestId('pool-size').innerText();
  await watchLongTasks(page);
  const t0 = Date.now();
  await page.getByTestId('replications-run').click();
  const confirm = page.getByTestId('estimate-confirm');
  if (await confirm.isVisible()) await confirm.click();
  await page.waitForSelector('[data-testid=replications-results]:not([aria-busy=true])', { timeout: 600_000 });
  const seconds = (Date.now() - t0) / 1000;
  const tasks = await longTasks(page);
  await browser.close();
  return { seconds, longest: Math.max(0, ...tasks), over50: tasks.filter((d) => d > 50).length, count: tasks.length, workers };
}

const ceiling = await measureThreadScaling();
const { server, url } = await startPreview();
try {
  const report: Record<string, unknown> = { ceiling };
  console.log(`machine two-thread ceiling (threadScaling.ts): ${ceiling.toFixed(2)}×`);
  if (only !== 'batch') {
    const one = await bigRun(url, 1);
    const two = await bigRun(url, 2);
    const best = (s: number[]) => Math.min(...s);
    const speedup = best(one.seconds) / best(two.seconds);
    const identical = one.kpis.join('|') === two.kpis.join('|');
    const fmt = (s: number[]) => s.map((x) => x.toFixed(2)).join(', ');
    console.log(
      `${customers.toLocaleString('en')} × ${months} workbench run, Chromium, pool=1: ${fmt(one.seconds)} s; pool=2 (2 slices): ${fmt(two.seconds)} s`,
    );
    console.log(
      `  speed-up (best of each) ${speedup.toFixed(2)}×, efficiency vs ceiling ${(speedup / ceiling).toFixed(2)}; key figures identical: ${identical}`,
    );
    console.log(`  longest main-thread task during the run: pool=1 ${one.longest.toFixed(0)} ms, pool=2 ${two.longest.toFixed(0)} ms`);
    report.bigRun = {
      customers,
      months,
      pool1Seconds: one.seconds,
      pool2Seconds: two.seconds,
      speedup,
      efficiency: speedup / ceiling,
      identical,
      longestTaskMs: [one.longest, two.longest],
    };
  }
  if (only !== 'run') {
    const b = await batch(url);
    console.log(`${replications} replications at ${batchCustomers.toLocaleString('en')} × 36 (${b.workers}): ${b.seconds.toFixed(1)} s`);
    console.log(`  long tasks during the batch: ${b.count}, longest ${b.longest.toFixed(0)} ms, over 50 ms: ${b.over50}`);
    report.batch = { replications, customers: batchCustomers, months: 36, seconds: b.seconds, longTasks: b.count, longestTaskMs: b.longest, over50: b.over50 };
  }
  console.log(JSON.stringify(report));
} finally {
  await server.close();
}
