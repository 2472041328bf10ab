// SDK: windmill-client 1.818.0 client.mjs: a completed step returns its recorded value without running its callback; splice() inside it empties `queue` only in the round that ran it, so on replay the loop takes the same batch again and never ends the same way.
import { step, task, workflow } from "windmill-client";

const processBatch = task(async (ids: string[]) => ({ processed: ids.length }));

export const main = workflow(async (ids: string[], batchSize: number = 10) => {
  const queue = [...ids];
  const results = [];
  let n = 0;
  while (queue.length > 0) {
    const batch = await step(`batch`, () => queue.splice(0, batchSize)); // expect: WAC104
    results.push(await processBatch(batch));
    n++;
  }
  return { batches: n, results };
});
