// SDK: windmill-client 1.818.0 client.mjs: a generator object stringifies to "{}", so the checkpoint keeps none of the batches.
import { task, workflow } from "windmill-client";

function* chunks<T>(xs: T[], size: number) {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}

const plan = task(async (ids: string[]) => chunks(ids, 50)); // expect: WAC107
const sendBatch = task(async (ids: string[]) => ({ sent: ids.length }));

export const main = workflow(async (ids: string[]) => {
  const batches = await plan(ids);
  const results = [];
  for (const b of batches) results.push(await sendBatch(b));
  return results;
});
