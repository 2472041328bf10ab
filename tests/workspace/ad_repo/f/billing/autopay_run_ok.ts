// SDK: windmill-client 1.818.0 dist/client.mjs: step(name, fn) checkpoints fn's result
// Autopay run: the CIS report is posted inside a step, so a replay does not post again.
import { step, workflow } from "windmill-client";
import { chargeCard, listPastDue } from "../common/tasks.ts";
import { cycleOf, isoNow, meterMath, postJson } from "../common/index.ts";

type Outcome = { account: string; cents: number; ok: boolean; ref?: string };

const MAX_CHARGE_CENTS = 250_000;

export const main = workflow(async (cycle: string, dryRun = false) => {
  const startedAt = await step("started_at", () => isoNow());
  const pastDue = await listPastDue(cycle);
  const outcomes: Outcome[] = [];

  for (const row of pastDue) {
    if (row.cents <= 0 || row.cents > MAX_CHARGE_CENTS) continue;
    if (dryRun) {
      outcomes.push({ ...row, ok: false });
      continue;
    }
    const charge = await chargeCard(row.account, row.cents);
    outcomes.push({ account: row.account, cents: row.cents, ok: charge.ok, ref: charge.ref });
  }

  const settled = outcomes.filter((o) => o.ok);
  const total = meterMath.round2(settled.reduce((s, o) => s + o.cents, 0) / 100);
  await step("report_cis", async () => {
    await postJson(`/cis/cycles/${cycleOf(startedAt)}/autopay`, { settled, total });
  });

  return { cycle, startedAt, charged: settled.length, total };
});
