// SDK: windmill-client 1.818.0 taskFlow dispatches the flow f/billing/collect with these args; its schema takes customer_id, amount.
import { taskFlow, taskScript, workflow } from "windmill-client";

const collect = taskFlow("f/billing/collect");
const sendReceipt = taskScript("f/billing/send_receipt");

export const main = workflow(async (customerId: string, amount: number, email: string) => {
  const result = await collect({ customer_id: customerId, amount });
  await sendReceipt({ email, charge_id: String(result), locale: "fr" });
  return result;
});
