// SDK: windmill-client 1.818.0; stale_ts_meta.script.yaml predates the `currency` parameter.
import { taskScript, workflow } from "windmill-client";

const chargeCard = taskScript("f/billing/charge_card");

export const main = workflow(async (customerId: string, amount: number, currency: string = "eur") => { // expect: WAC901
  return await chargeCard({ customer_id: customerId, amount, currency });
});
