/**
 * Test page for test/e2e/glassbox.e2e.ts: runs a small scenario in the page and mounts the glass
 * box in a 420 px side panel, the way the app's drawer will. Query: ?target=<GlassTarget JSON>
 * &lang=en|zh-CN&customers=N&months=M&seed=S. Built by the test into its own folder, not into dist/.
 */
import { mount } from 'svelte';
import defaultJson from '../../../scenarios/default.json';
import { runScenario } from '../../../src/engine/simulation.ts';
import { validateScenario } from '../../../src/engine/validate.ts';
import GlassBox from '../../../src/lib/glassbox/GlassBox.svelte';
import type { GlassTarget } from '../../../src/lib/glassbox/target.ts';
import { i18n, messagesReady, setLocale } from '../../../src/lib/i18n/index.svelte.ts';
import '../../../src/app.css';

const q = new URLSearchParams(location.search);
// Each language's words are fetched on demand (index.svelte.ts).
await messagesReady;
if (q.get('lang') === 'zh-CN') await setLocale('zh-CN');
document.documentElement.lang = i18n.locale;
const checked = validateScenario(defaultJson);
if (!checked.ok) throw new Error('default scenario does not validate');
const out = runScenario(checked.scenario, { customers: Number(q.get('customers')), months: Number(q.get('months')), seed: Number(q.get('seed')) });
const target = JSON.parse(q.get('target') ?? '{}') as GlassTarget;

const main = document.createElement('main');
const panel = document.createElement('aside');
panel.id = 'panel';
panel.setAttribute('aria-label', 'glass box');
panel.style.cssText = 'width:420px;padding:1rem;background:var(--surface);border-left:1px solid var(--rule)';
main.append(panel);
document.getElementById('app')!.append(main);
mount(GlassBox, { target: panel, props: { run: { meta: out.meta, frames: out.frames, cohorts: out.cohorts }, target } });
panel.dataset.ready = '1';
