import { task, workflow } from "windmill-client";
import { type Order } from "/f/lib/boot_ts.ts";

const charge = task(async (order: Order) => ({ charged: order.amount }));

export const main = workflow(async (id: string, amount: number) => {
  return await charge({ id, amount });
});
