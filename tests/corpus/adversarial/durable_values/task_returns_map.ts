// SDK: windmill-client 1.818.0 client.mjs: a task's result is the child job's JSON result; JSON.stringify(new Map(...)) is "{}", so the counts are lost.
import { task, workflow } from "windmill-client";

const countByStatus = task(async (orders: { status: string }[]) => {
  const counts = new Map<string, number>();
  for (const o of orders) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return counts; // expect: WAC107
});

const report = task(async (counts: unknown) => ({ counts }));

export const main = workflow(async (orders: { status: string }[]) => {
  const counts = await countByStatus(orders);
  return await report(counts);
});
