// SDK: windmill-client 1.818.0 taskScript sends its object argument as the child's args; charge_card's main requires amount.
import { taskScript, workflow } from "windmill-client";

const chargeCard = taskScript("f/billing/charge_card");

export const main = workflow(async (customerId: string) => {
  return await chargeCard({ customer_id: customerId }); // expect: WAC402
});
