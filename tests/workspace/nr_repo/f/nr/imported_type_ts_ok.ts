import { task, workflow } from "windmill-client";
import type { Order, Region } from "/f/lib/types_ts.ts";

const charge = task(async (id: string, region: string) => ({ id, region }));

type Input = { id: string; total: number };

export const main = workflow(async (input: Input, region: string = "eu") => {
  const order: Order = { ...input } as Order;
  return await charge(order.id, region as Region);
});
