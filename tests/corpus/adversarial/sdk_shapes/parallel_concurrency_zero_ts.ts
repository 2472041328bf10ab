// SDK: windmill-client 1.818.0 client.mjs parallel(): `if (concurrency <= 0 || items.length === 0) return [];` so nothing runs.
import { parallel, task, workflow } from "windmill-client";

const thumb = task(async (url: string) => ({ url }));

export const main = workflow(async (urls: string[]) => {
  return await parallel(urls, thumb, { concurrency: 0 }); // expect: WAC302
});
