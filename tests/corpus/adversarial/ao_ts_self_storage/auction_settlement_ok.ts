// SDK: windmill-client 1.818.0: a step callback that declares its own `let`s and destructures into them changes no workflow state; Object.groupBy's null-prototype object serializes like a plain one; a catch that only rethrows passes StepSuspend on; a finally that only logs neither returns nor calls the SDK; getUTCDay() of a parsed input date reads no zone
import { step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Sale = { unit: string; tenantId: string; winningBidCents: number; buyer: string; closedAt: string };
type Ledger = { balanceCents: number; lienFeesCents: number };

const PMS = "https://pms.example-storage.com/api";
const BUYER_PREMIUM_PCT = 10;

const closedSales = task(async (facility: string, auctionId: string): Promise<Sale[]> => {
  const site = await wmill.getResource("f/storage/auction_site");
  const r = await fetch(`${site.url}/auctions/${auctionId}/sales?facility=${facility}`, {
    headers: { authorization: `Bearer ${site.token}` },
  });
  if (!r.ok) throw new Error(`sales ${r.status}`);
  return (await r.json()) as Sale[];
});

const ledgerOf = task(async (tenantId: string): Promise<Ledger> => {
  const r = await fetch(`${PMS}/tenants/${tenantId}/ledger`);
  if (!r.ok) throw new Error(`ledger ${r.status}`);
  return (await r.json()) as Ledger;
});

const postSettlement = task(async (tenantId: string, unit: string, appliedCents: number, surplusCents: number) => {
  const results = await Promise.allSettled([
    fetch(`${PMS}/tenants/${tenantId}/payments`, { method: "POST", body: JSON.stringify({ unit, appliedCents }) }),
    fetch(`${PMS}/surplus`, { method: "POST", body: JSON.stringify({ tenantId, unit, surplusCents }) }),
  ]);
  const failed = results.filter((x) => x.status === "rejected").length;
  if (failed) throw new Error(`${failed} settlement posts failed`);
  return { unit, appliedCents, surplusCents };
});

function weekdayUtc(iso: string): number {
  return new Date(iso).getUTCDay();
}

export const main = workflow(async (facility: string, auctionId: string) => {
  const sales = await closedSales(facility, auctionId);
  const byBuyer = await step("by_buyer", () => {
    const groups = Object.groupBy(sales, (s) => s.buyer);
    let count: number;
    let total: number;
    [count, total] = [sales.length, sales.reduce((n, s) => n + s.winningBidCents, 0)];
    return { groups, count, total };
  });

  const settled: { unit: string; appliedCents: number; surplusCents: number }[] = [];
  try {
    for (const s of sales) {
      const ledger = await ledgerOf(s.tenantId);
      const owed = ledger.balanceCents + ledger.lienFeesCents;
      const applied = Math.min(owed, s.winningBidCents);
      settled.push(await postSettlement(s.tenantId, s.unit, applied, s.winningBidCents - applied));
    }
  } catch (e) {
    throw e;
  } finally {
    console.log(`auction ${auctionId}: ${settled.length}/${sales.length} settled`);
  }

  const weekendSales = sales.filter((s) => [0, 6].includes(weekdayUtc(s.closedAt))).map((s) => s.unit);
  const premiumCents = Math.round((byBuyer.total * BUYER_PREMIUM_PCT) / 100);
  return { facility, auctionId, buyers: Object.keys(byBuyer.groups).length, settled, weekendSales, premiumCents };
});
