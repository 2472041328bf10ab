// SDK: windmill-client 1.818.0 step(name, fn) runs fn once and checkpoints it; task() positional args map to parameter names
import { step, workflow } from "windmill-client";
import { postJson } from "/f/lib/net.ts";
import { chargeCard, emailReceipt } from "/f/lib/tasks.ts";

export const main = workflow(async (customer_id: string, invoice_id: string, email: string, cents: number) => {
  await step("charge_started", () => postJson("https://ledger.billing.example/v1/events", { invoice_id, kind: "charge_started" }));
  const chargeId = await chargeCard(customer_id, cents);
  await emailReceipt(email, invoice_id, "de");
  return { chargeId };
});
