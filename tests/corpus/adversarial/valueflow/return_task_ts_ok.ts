// SDK: windmill-client 1.818.0 client.mjs: returning a task's thenable from the async workflow adopts it (then() is called), so the last task runs and its value is the result.
import { parallel, task, workflow } from "windmill-client";

const checkUrl = task(async (url: string) => {
  const res = await fetch(url);
  return { url, ok: res.ok };
});
const summarize = task(async (results: { url: string; ok: boolean }[]) => ({
  total: results.length,
  ok: results.filter((r) => r.ok).length,
}));

export const main = workflow(async (urls: string[]) => {
  const results = await parallel(urls, checkUrl, { concurrency: 3 });
  return summarize(results);
});
