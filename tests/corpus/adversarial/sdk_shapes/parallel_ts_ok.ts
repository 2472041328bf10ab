// SDK: windmill-client 1.818.0 client.mjs parallel(items, fn, { concurrency }): fn is a task, dispatched in batches.
import { parallel, task, workflow } from "windmill-client";

const thumb = task(async (url: string) => ({ url }));

export const main = workflow(async (urls: string[], width = 4) => {
  const batches = await parallel(urls, thumb, { concurrency: Math.max(1, width) });
  return batches.length;
});
