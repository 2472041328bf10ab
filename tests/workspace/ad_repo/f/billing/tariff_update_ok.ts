// SDK: windmill-client 1.818.0 dist/client.mjs: step(name, fn) checkpoints fn's result
// Tariff update with the CIS prices read once, in a step.
import { step, workflow } from "windmill-client";
import { TariffClient } from "../common/tariff.ts";
import { chargeCard } from "../common/tasks.ts";
import meterMath from "../common/math.ts";

type OpenInvoice = { account: string; tier: string; m3: number; paidCents: number };

export const main = workflow(async (tiers: string[], invoices: OpenInvoice[]) => {
  const prices = await step("prices", async () => {
    const out: Record<string, number> = {};
    for (const tier of tiers) out[tier] = (await TariffClient.refresh(tier)).centsPerM3;
    return out;
  });
  const deltas = [];
  for (const inv of invoices) {
    const price = prices[inv.tier];
    if (price === undefined) continue;
    const delta = TariffClient.price(price, meterMath.round2(inv.m3)) - inv.paidCents;
    if (delta > 0) {
      const charge = await chargeCard(inv.account, delta);
      deltas.push({ account: inv.account, delta, ref: charge.ref });
    }
  }
  return { prices, charged: deltas.length };
});
