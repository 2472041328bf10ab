// SDK: windmill-client 1.818.0 workflow()/task()/waitForApproval() (client.mjs: the body re-runs after the approval resumes it); Bun 1.2 `new SQL(url)` and `db.begin(tx => ...)` open a transaction when called
import { SQL } from "bun";
import { task, step, waitForApproval, workflow } from "windmill-client";

const db = new SQL(process.env.ERP_DATABASE_URL!);

const computeAdjustments = task(async function computeAdjustments(sku: string) {
  const res = await fetch(`https://wms.internal/stock/${sku}/drift`);
  return (await res.json()) as { location: string; delta: number }[];
});

export const main = workflow(async (sku: string) => {
  const adjustments = await computeAdjustments(sku);
  if (adjustments.length === 0) return { sku, applied: 0 };

  await step("notify_ops", () =>
    fetch("https://hooks.slack.com/services/T1/B1/ops", {
      method: "POST",
      body: JSON.stringify({ text: `${adjustments.length} stock adjustments waiting for ${sku}` }),
    }).then((r) => r.status),
  );
  const approval = await waitForApproval({ timeout: 4 * 3600 });
  if (!approval.approved) return { sku, applied: 0 };

  await db.begin(async (tx) => { // expect: WAC101
    for (const a of adjustments) {
      await tx`update stock set qty = qty + ${a.delta} where sku = ${sku} and location = ${a.location}`;
    }
  });
  return { sku, applied: adjustments.length, approver: approval.approver };
});
