// SDK: windmill-client 1.818.0 client.mjs task(): an optional or defaulted parameter may be left out.
import { task, workflow } from "windmill-client";

const invoice = task(async (customer: string, amount: number, currency = "EUR", note?: string) => `${customer}:${amount}${currency}${note ?? ""}`);

export const main = workflow(async (customer: string, amount: number) => {
  return await invoice(customer, amount);
});
