// SDK: windmill-client 1.818.0 client.mjs task(): arguments map to arg names; a missing one arrives as undefined and the task computes on it.
import { task, workflow } from "windmill-client";

const invoice = task(async (customer: string, amount: number, currency: string) => `${customer}:${amount.toFixed(2)}${currency.toUpperCase()}`);

export const main = workflow(async (customer: string, amount: number) => {
  return await invoice(customer, amount); // expect: WAC402
});
