// SDK: windmill-client 1.818.0; f/kit geocode is task() wrapped by withRetry, whose catch keeps the suspension
import { workflow } from "windmill-client";
import { geocode, weighOrder } from "/f/kit/index.ts";

export const main = workflow(async (depot: string, addresses: string[], orderIds: string[]) => { // expect: WAC901
  const points = [];
  for (const address of addresses) {
    points.push(await geocode(address)); // expect: WAC202
  }
  const weights = [];
  for (const id of orderIds) {
    weights.push(await weighOrder(id, depot));
  }
  return { depot, points, total: weights.reduce((a, b) => a + b, 0) };
});
