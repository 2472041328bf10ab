// SDK: windmill-client 1.818.0 client.mjs `parallel(items, fn, { concurrency })` dispatches `fn(item)` per item; the chunking generator only slices the input array, the same on each replay.
import { parallel, task, workflow } from "windmill-client";

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) {
    yield items.slice(i, i + size);
  }
}

const resizeBatch = task(async function resizeBatch(keys: string[]) {
  return keys.map((k) => `${k}.thumb.jpg`);
});

export const main = workflow(async (keys: string[], size = 25) => {
  const batches = [...chunks(keys, size)];
  const results = await parallel(batches, resizeBatch, { concurrency: 4 });
  return results.flat();
});
