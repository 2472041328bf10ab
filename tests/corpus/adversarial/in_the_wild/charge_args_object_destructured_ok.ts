// SDK: windmill-client 1.818.0 client.mjs task wrapper passes the arguments through to the function; a function destructuring one object parameter receives the whole object.
import { task, workflow } from "windmill-client";

const charge = task(async ({ customerId, amountCents }: { customerId: string; amountCents: number }) => {
  if (!Number.isInteger(amountCents)) throw new Error(`bad amount ${amountCents}`);
  return { customerId, amountCents, status: "charged" };
});

export const main = workflow(async (customerId: string, amount: number) => {
  const args = { customerId, amountCents: Math.round(amount * 100) };
  return await charge(args);
});
