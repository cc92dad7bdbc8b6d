/** Rules on the market: what scheduled events moved, and where the operator's customers went. */
import { at } from '../../frame.ts';
import type { ScenarioEvent } from '../../schema.ts';
import type { Candidate, Context } from '../context.ts';
import type { SeedCitation } from '../types.ts';

/** Months after an event over which its effect on share is read. */
export const EVENT_WINDOW = 6;
/** A share move of at least this much after an event is notable. */
export const EVENT_SHARE_MOVE = 0.01;
/** A net flow to one rival of at least this share of the starting base is notable. */
export const NET_FLOW_SHARE = 0.02;

const EVENT_WORDS: Record<ScenarioEvent['type'], { en: string; zh: string; source: SeedCitation }> = {
  priceCut: { en: 'price cut', zh: '降价', source: { seed: '000', lines: 'L711–715' } },
  portability: { en: 'number portability', zh: '携号转网', source: { seed: '000', lines: 'L829–831' } },
  newEntrant: { en: 'market entry', zh: '进入市场', source: { seed: '000', lines: 'L817–825' } },
  outage: { en: 'network outage', zh: '网络故障', source: { seed: '001', lines: 'L146–155' } },
  networkLaunch: { en: 'network launch', zh: '新网络上线', source: { seed: '003', lines: 'L265–267' } },
};

/** One sentence per event inside the run: the focus operator's share before it and a few months after. */
export function eventEffects(ctx: Context): Candidate[] {
  const { T, L, o } = ctx;
  const out: Candidate[] = [];
  ctx.input.scenario.events.forEach((e) => {
    if (e.month < 1 || e.month > T) return;
    const before = e.month - 1;
    const after = Math.min(T, e.month + EVENT_WINDOW);
    const shareSlot = at.op(L, o, 'subscriberShare');
    const a = ctx.slot(shareSlot, before);
    const b = ctx.slot(shareSlot, after);
    const move = ctx.value(b) - ctx.value(a);
    const words = EVENT_WORDS[e.type];
    const who = 'operator' in e ? ctx.run.meta.operators.findIndex((x) => x.id === e.operator) : -1;
    const whose = (lang: 'en' | 'zh-CN') => (who < 0 ? '' : lang === 'en' ? `${ctx.opName('en', who)}’s ` : ctx.opName('zh-CN', who));
    const values = [ctx.month(e.month), ctx.cite(a, 'percent'), ctx.cite(b, 'percent'), ctx.month(after), ctx.cite({ op: 'diff', args: [b, a] }, 'points')];
    const up = move > 0;
    const quiet = Math.abs(move) < EVENT_SHARE_MOVE;
    const sentence = ctx.say(
      'event',
      values,
      ([m, sa, sb, m2, d]) =>
        `After ${whose('en')}${words.en} in month ${m}, ${ctx.opName('en')}’s share went from ${sa} to ${sb} by month ${m2}` +
        (quiet ? ` (${d}: little effect).` : ` (${up ? 'up' : 'down'} ${d}).`),
      ([m, sa, sb, m2, d]) =>
        `第${m}个月${whose('zh-CN')}${words.zh}之后，${ctx.opName('zh-CN')}的份额到第${m2}个月从${sa}变为${sb}` +
        (quiet ? `（${d}，影响很小）。` : `（${up ? '上升' : '下降'}${d}）。`),
      [words.source],
    );
    out.push({ sentence, salience: quiet ? 0.2 : Math.min(1, 0.4 + Math.abs(move) * 10), mechanism: !quiet });
  });
  return out;
}

/** The rival the focus operator lost (or won) the most customers to, net, over the run. */
export function switchingFlows(ctx: Context): Candidate | null {
  const { T, L, o } = ctx;
  if (T < 1) return null;
  let best = -1;
  let bestNet = 0;
  for (let d = 0; d < L.operators; d++) {
    if (d === o) continue;
    const net = ctx.value(ctx.slot(at.switching(L, d, o), 1, T)) - ctx.value(ctx.slot(at.switching(L, o, d), 1, T));
    if (Math.abs(net) > Math.abs(bestNet)) [best, bestNet] = [d, net];
  }
  const base = ctx.frameValue(at.op(L, o, 'subscribers'), 0);
  if (best < 0 || base <= 0 || Math.abs(bestNet) / base < NET_FLOW_SHARE) return null;
  const out = ctx.slot(at.switching(L, o, best), 1, T);
  const inn = ctx.slot(at.switching(L, best, o), 1, T);
  const values = [ctx.cite({ op: 'diff', args: [inn, out] }, 'count'), ctx.cite(out, 'count'), ctx.cite(inn, 'count'), ctx.month(T)];
  const lost = bestNet < 0;
  const sentence = ctx.say(
    'switching',
    values,
    ([net, o2, i2, t]) =>
      `${ctx.opName('en')} ${lost ? 'lost' : 'won'} a net ${net} customers ${lost ? 'to' : 'from'} ${ctx.opName('en', best)} by month ${t}: ${o2} left for it and ${i2} came from it.`,
    ([net, o2, i2, t]) =>
      `到第${t}个月，${ctx.opName('zh-CN')}${lost ? '净流失给' : '净从'}${ctx.opName('zh-CN', best)}${lost ? '' : '赢得'}${net}名客户：${o2}名转去对方，${i2}名从对方转来。`,
    [{ seed: '000', lines: 'L817–831' }],
  );
  return { sentence, salience: Math.min(1, 0.4 + (Math.abs(bestNet) / base) * 5), mechanism: true };
}
