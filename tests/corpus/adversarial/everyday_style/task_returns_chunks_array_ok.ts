// SDK: windmill-client 1.818.0 client.mjs: the generator is spread into an array inside the task, so the result is an array of arrays, which JSON carries.
import { task, workflow } from "windmill-client";

function* chunks<T>(xs: T[], size: number) {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}

const plan = task(async (ids: string[]) => Array.from(chunks(ids, 50)));
const sendBatch = task(async (ids: string[]) => ({ sent: ids.length }));

export const main = workflow(async (ids: string[]) => {
  const batches = await plan(ids);
  const results = [];
  for (const b of batches) results.push(await sendBatch(b));
  return results;
});
