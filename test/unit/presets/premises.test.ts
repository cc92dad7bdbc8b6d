/**
 * The levers a preset's description states are the ones in its file: the premise of each lesson,
 * read from the scenario without running it. What the runs show is in claims.ts.
 */
import { describe, expect, it } from 'vitest';
import { mustValidate, operatorOf, readScenarioInput } from '../../helpers/scenarios.ts';

describe('preset premises', () => {
  it('number-portability: portability at month 12 is the only event', () => {
    expect(mustValidate(readScenarioInput('number-portability')).events).toEqual([{ type: 'portability', month: 12 }]);
  });

  it('churn-early-warning: value × risk targeting of key, VIP and mid on 0.1 % of their revenue, offers 100 RMB + a tenth of a bill', () => {
    const crm = operatorOf(readScenarioInput('churn-early-warning'), 'mobile').crm!;
    expect(crm).toMatchObject({ targeting: 'valueRisk', segments: ['key', 'vip', 'mid'], budgetShare: 0.001, offerCost: 100, offerCostMonths: 0.1 });
  });

  it('campus-challenger: China Telecom charges more than both incumbents and has the best network', () => {
    const input = readScenarioInput('campus-challenger');
    const telecom = operatorOf(input, 'telecom');
    for (const rival of ['mobile', 'unicom']) {
      expect(telecom.pricing!.tariffIndex as number).toBeGreaterThan(operatorOf(input, rival).pricing!.tariffIndex as number);
      expect(telecom.network).toBeGreaterThan(operatorOf(input, rival).network);
    }
  });

  it('3g-migration: China Unicom’s network launch comes in the month of its first scheduled change', () => {
    const input = readScenarioInput('3g-migration');
    const month = operatorOf(input, 'unicom').schedule![0].month;
    expect(input.events).toContainEqual({ type: 'networkLaunch', month, operator: 'unicom', network: expect.any(Number) });
  });

  it('bundle-push: the campaign takes China Mobile’s bundle uptake from 9.65 % to 41.36 % (seed 003 L192–210)', () => {
    const mobile = operatorOf(readScenarioInput('bundle-push'), 'mobile');
    expect(mobile.pricing!.bundle!.uptake).toBe(0.0965);
    expect(mobile.schedule![0].pricing!.bundle!.uptake).toBe(0.4136);
  });
});
