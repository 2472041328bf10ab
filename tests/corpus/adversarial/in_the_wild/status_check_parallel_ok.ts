// SDK: windmill-client 1.818.0 client.mjs parallel(items, fn, { concurrency }) calls fn(item) in batches of `concurrency` and awaits each batch with Promise.all.
import { parallel, task, workflow } from "windmill-client";

const checkStatus = task(async (url: string) => {
  const res = await fetch(url, { method: "HEAD" });
  return { url, status: res.status };
});

export const main = workflow(async (urls: string[]) => {
  const results = await parallel(urls, checkStatus, { concurrency: 5 });
  return { up: results.filter((r) => r.status < 400).length, total: urls.length };
});
