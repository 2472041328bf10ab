// SDK: windmill-client 1.818.0 sleep(seconds) suspends durably; taskScript sends { customer_id, amount } as the child's args.
import { sleep, taskScript, workflow } from "windmill-client";

const chargeCard = taskScript("f/billing/charge_card");
const sendReceipt = taskScript("f/billing/send_receipt");

export const main = workflow(async (customerId: string, amount: number, email: string) => {
  await sleep(3600);
  const charge = await chargeCard({ customer_id: customerId, amount });
  await sendReceipt({ email, charge_id: String(charge) });
  return charge;
});
