// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the module-pattern object used in the body only formats, and the refund is a task.
import { task, workflow } from "windmill-client";

const Billing = (() => {
  const currency = "EUR";
  const describe = (chargeId: string, cents: number) => `refund of ${chargeId}: ${(cents / 100).toFixed(2)} ${currency}`;
  return { describe };
})();

const refund = task(async (chargeId: string) => {
  const r = await fetch("https://billing.example.com/refunds", { method: "POST", body: JSON.stringify({ chargeId }) });
  return r.status;
});

export const main = workflow(async (chargeId: string, cents: number) => {
  const status = await refund(chargeId);
  return { status, note: Billing.describe(chargeId, cents) };
});
