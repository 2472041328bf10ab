import { postJson } from "/f/shared/http.ts";
import { task, workflow } from "windmill-client";

const placeOrder = task(async (cart: string) => ({ cart, id: `o-${cart}` }));

export const main = workflow(async (cart: string) => {
  const order = await placeOrder(cart);
  await postJson("https://hooks.example.com/orders", order); // expect: WAC101
  return order;
});
