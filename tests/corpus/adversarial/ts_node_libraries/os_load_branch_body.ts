// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round, possibly on another worker; the free memory and CPU count of this round's worker decide the batch size sent to the task.
import os from "node:os";
import { task, workflow } from "windmill-client";

const processBatch = task(async (ids: string[]) => ({ processed: ids.length }));

export const main = workflow(async (ids: string[]) => {
  const size = os.freemem() > 2 ** 31 ? 500 : 100; // expect: WAC102
  const out = [];
  for (let i = 0; i < ids.length; i += size) out.push(await processBatch(ids.slice(i, i + size)));
  return out;
});
