import { readFileSync } from 'node:fs';
import { validateScenario, formatIssue } from '/work/main/src/engine/validate.ts';
import { createSimulation } from '/work/main/src/engine/simulation.ts';
import { at } from '/work/main/src/engine/frame.ts';
const file = process.argv[2] ?? '/work/main/scenarios/default.json';
const customers = Number(process.argv[3] ?? 200000);
const months = Number(process.argv[4] ?? 36);
const r = validateScenario(JSON.parse(readFileSync(file, 'utf8')));
if (!r.ok) { console.log(r.issues.map(formatIssue)); process.exit(2); }
const t0 = performance.now();
const sim = createSimulation(r.scenario, { customers, months });
const L = sim.meta.layout;
while (!sim.done) {
  const u = sim.step();
  const f = u.frame;
  if (u.month % 6 === 0 || u.month === 1) {
    const ops = sim.meta.operators.map((o, i) => `${o.id}: sh ${(f[at.op(L,i,'subscriberShare')]*100).toFixed(1)} ch ${(f[at.op(L,i,'churnRate')]*100).toFixed(2)} t20 ${(f[at.op(L,i,'top20RevenueShare')]*100).toFixed(1)} arpu ${f[at.op(L,i,'arpu')].toFixed(0)} sat ${f[at.op(L,i,'satisfaction')].toFixed(2)} pr ${(f[at.op(L,i,'profit')]/1e6).toFixed(2)}M`).join(' | ');
    console.log(`m${u.month} N=${f[at.market(L,'subscribers')]} t20=${(f[at.market(L,'top20RevenueShare')]*100).toFixed(1)} g=${f[at.market(L,'gini')].toFixed(3)} | ${ops}`);
    if (u.month === 1 || u.month === months) {
      const segs = sim.meta.segments.map((s, si) => `${s.id}:${sim.meta.operators.map((_, o) => (f[at.seg(L,o,si,'churnRate')]*100).toFixed(2)).join('/')}`).join(' ');
      console.log('  churn by seg % ', segs);
      console.log('  tiers ', sim.meta.operators.map((_, o) => [0,1,2,3].map(k => (f[at.tier(L,o,k,'churnRate')]*100).toFixed(2)+'('+f[at.tier(L,o,k,'subscribers')]+')').join(' ')).join(' | '));
    }
  }
}
console.log('ms', (performance.now() - t0).toFixed(0));
