import { taskScript, workflow } from "windmill-client";

const refund = taskScript("f/billing/refund");

export const main = workflow(async (chargeId: string) => {
  return await refund({ charge_id: chargeId, reason: "mistake" });  // expect: WAC402
});
