import { postJson } from "../shared/http.ts";
import { stamp } from "/f/shared/clock.ts";
import { step, task, workflow } from "windmill-client";

const placeOrder = task(async (cart: string) => ({ cart }));

export const main = workflow(async (cart: string) => {
  const order = await placeOrder(cart);
  const ref = await step("ref", () => stamp("order"));
  const status = await step("webhook", () => postJson("https://hooks.example.com/orders", { order, ref }));
  return { order, status };
});
