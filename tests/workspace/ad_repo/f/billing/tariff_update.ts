// SDK: windmill-client 1.818.0 dist/client.mjs: the workflow body replays from the top after each task
// Tariff update: refresh each tier's price from the CIS, re-price the open invoices of the
// tier, and charge the difference on accounts that already paid.
import { step, workflow } from "windmill-client";
import { TariffClient } from "../common/tariff.ts";
import { chargeCard } from "../common/tasks.ts";
import meterMath from "../common/math.ts";

type OpenInvoice = { account: string; tier: string; m3: number; paidCents: number };

export const main = workflow(async (tiers: string[], invoices: OpenInvoice[]) => {
  const prices: Record<string, number> = {};
  for (const tier of tiers) {
    const t = await TariffClient.refresh(tier); // expect: WAC101
    prices[tier] = t.centsPerM3;
  }
  const deltas = [];
  for (const inv of invoices) {
    const price = prices[inv.tier];
    if (price === undefined) continue;
    const due = TariffClient.price(price, meterMath.round2(inv.m3));
    const delta = due - inv.paidCents;
    if (delta > 0) {
      const charge = await chargeCard(inv.account, delta);
      deltas.push({ account: inv.account, delta, ref: charge.ref });
    }
  }
  const total = await step("total", () => deltas.reduce((s, d) => s + d.delta, 0));
  return { prices, charged: deltas.length, total };
});
