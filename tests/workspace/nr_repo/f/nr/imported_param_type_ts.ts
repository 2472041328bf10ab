import { task, workflow } from "windmill-client";
import type { Order, Region } from "/f/lib/types_ts.ts";

const charge = task(async (id: string, region: string) => ({ id, region }));

export const main = workflow(async (order: Order, region: Region = "eu") => { // expect: WAC902
  return await charge(order.id, region);
});
