// Tasks every billing workflow shares.
import { task } from "windmill-client";
import { postJson } from "./net.ts";

export const chargeCard = task(async function chargeCard(customerId: string, cents: number) {
  const res = await postJson("https://pay.billing.example/v1/charges", { customer: customerId, amount: cents });
  return res.id as string;
});

export const emailReceipt = task(async (to: string, invoiceId: string, lang: string = "en") => {
  await postJson("https://mail.billing.example/v1/receipts", { to, invoiceId, lang });
  return true;
});
