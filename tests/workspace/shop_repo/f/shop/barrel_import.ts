import { formatCents, postJson } from "/f/shared/index.ts";
import { task, workflow } from "windmill-client";

const placeOrder = task(async (cart: string, cents: number) => ({ cart, label: formatCents(cents) }));

export const main = workflow(async (cart: string, cents: number) => {
  const order = await placeOrder(cart, cents);
  await postJson("https://hooks.example.com/orders", order); // expect: WAC101
  return order;
});
