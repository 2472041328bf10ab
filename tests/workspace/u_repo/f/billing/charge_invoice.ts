// SDK: windmill-client 1.818.0 task() maps positional args to the function's parameter names (cents gets the string as is); the workflow body re-runs after every task
import { workflow } from "windmill-client";
import { postJson } from "/f/lib/net.ts";
import { chargeCard, emailReceipt } from "/f/lib/tasks.ts";

export const main = workflow(async (customer_id: string, invoice_id: string, email: string) => {
  await postJson("https://ledger.billing.example/v1/events", { invoice_id, kind: "charge_started" }); // expect: WAC101
  const chargeId = await chargeCard(customer_id, "1999"); // expect: WAC402
  await emailReceipt(email, invoice_id);
  return { chargeId };
});
