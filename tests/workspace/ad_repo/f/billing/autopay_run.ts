// SDK: windmill-client 1.818.0 dist/client.mjs: task(fn) dispatches a child job; the body replays
// Autopay run: charge every past-due account that has a card on file, then tell the CIS
// which charges went through.
import { step, workflow } from "windmill-client";
import { chargeCard, listPastDue } from "../common/tasks.ts";
import { cycleOf, isoNow, postJson } from "../common/index.ts";

type Outcome = { account: string; cents: number; ok: boolean; ref?: string };

const MAX_CHARGE_CENTS = 250_000;

function chargeable(rows: { account: string; cents: number }[]): { account: string; cents: number }[] {
  return rows.filter((r) => r.cents > 0 && r.cents <= MAX_CHARGE_CENTS);
}

export const main = workflow(async (cycle: string, dryRun = false) => {
  const startedAt = await step("started_at", () => isoNow());
  const pastDue = await listPastDue(cycle);
  const outcomes: Outcome[] = [];

  for (const row of chargeable(pastDue)) {
    if (dryRun) {
      outcomes.push({ ...row, ok: false });
      continue;
    }
    const charge = await chargeCard(row.account, row.cents);
    outcomes.push({ account: row.account, cents: row.cents, ok: charge.ok, ref: charge.ref });
  }

  const settled = outcomes.filter((o) => o.ok);
  await postJson(`/cis/cycles/${cycleOf(startedAt)}/autopay`, { settled }); // expect: WAC101

  return {
    cycle,
    startedAt,
    charged: settled.length,
    failed: outcomes.length - settled.length,
  };
});
