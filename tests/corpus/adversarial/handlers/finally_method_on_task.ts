// SDK: windmill-client 1.818.0 client.mjs: a task call returns ctx._nextStep's bare `{ then }` object, which has no `.finally` (TypeError on every run, run against the SDK's WorkflowCtx).
import { task, workflow } from "windmill-client";

const exportOrders = task(async (day: string) => `s3://exports/${day}.csv`);

export const main = workflow(async (day: string) => {
  const url = await exportOrders(day).finally(() => console.log(`export of ${day} finished`)); // expect: WAC202
  return { url };
});
