// SDK: windmill-client 1.818.0 client.mjs: batches cut with slice() in the body from the input (no step needed: it is pure), so every replay cuts the same batches.
import { task, workflow } from "windmill-client";

const processBatch = task(async (ids: string[]) => ({ processed: ids.length }));

export const main = workflow(async (ids: string[], batchSize: number = 10) => {
  const results = [];
  for (let i = 0; i < ids.length; i += batchSize) {
    results.push(await processBatch(ids.slice(i, i + batchSize)));
  }
  return { batches: results.length, results };
});
