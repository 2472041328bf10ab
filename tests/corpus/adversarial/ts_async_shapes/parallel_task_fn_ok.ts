// SDK: windmill-client 1.818.0 client.mjs parallel(): `fn` is a task, so each item is a durable child job.
import { parallel, task, workflow } from "windmill-client";

const headSize = task(async (u: string) => {
  const r = await fetch(u, { method: "HEAD" });
  return Number(r.headers.get("content-length") ?? 0);
});
const total = task(async (sizes: number[]) => sizes.reduce((a, b) => a + b, 0));

export const main = workflow(async (urls: string[]) => {
  const sizes = await parallel(urls, headSize, { concurrency: 4 });
  return await total(sizes);
});
