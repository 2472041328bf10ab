// SDK: windmill-client 1.818.0 workflow()/task() (client.mjs: a task call dispatches a child job, its result comes back from the checkpoint on replay); Bun 1.2 `sql` from "bun" only queries when awaited
import { sql } from "bun";
import { task, workflow } from "windmill-client";

interface Payout {
  merchant_id: string;
  amount_cents: number;
  currency: string;
}

const fetchPayouts = task(async function fetchPayouts(day: string): Promise<Payout[]> {
  const res = await fetch(`https://psp.example.com/v2/payouts?date=${day}`);
  return (await res.json()).data as Payout[];
});

const writeLedger = task(async function writeLedger(day: string, payouts: Payout[]) {
  const rows = payouts.map((p) => ({ ...p, day }));
  if (rows.length === 0) return { inserted: 0 };
  await sql`insert into ledger_payouts ${sql(rows)} on conflict do nothing`;
  const [{ n }] = await sql`select count(*)::int as n from ledger_payouts where day = ${day}`;
  return { inserted: n as number };
});

export const main = workflow(async (day: string) => {
  const payouts = await fetchPayouts(day);
  const byCurrency: Record<string, number> = {};
  for (const p of payouts) {
    byCurrency[p.currency] = (byCurrency[p.currency] ?? 0) + p.amount_cents;
  }
  const { inserted } = await writeLedger(day, payouts);
  return { day, inserted, byCurrency };
});
