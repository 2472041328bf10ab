// SDK: windmill-client 1.818.0 client.mjs task wrapper maps positional arguments to the function's parameter names (getParamNames); one object passed to a two-parameter function leaves the second `undefined`.
import { task, workflow } from "windmill-client";

const charge = task(async (customerId: string, amountCents: number) => {
  if (!Number.isInteger(amountCents)) throw new Error(`bad amount ${amountCents}`);
  return { customerId, amountCents, status: "charged" };
});

export const main = workflow(async (customerId: string, amount: number) => {
  const args = { customerId, amountCents: Math.round(amount * 100) };
  return await charge(args); // expect: WAC402
});
