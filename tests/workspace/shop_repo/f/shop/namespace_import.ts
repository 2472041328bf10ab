import * as http from "/f/shared/http.ts";
import { task, workflow } from "windmill-client";

const placeOrder = task(async (cart: string) => ({ cart }));

export const main = workflow(async (cart: string, token: string) => {
  const order = await placeOrder(cart);
  const headers = http.authHeader(token);
  await http.postJson("https://hooks.example.com/orders", { order, headers }); // expect: WAC101
  return order;
});
