// SDK: windmill-client 1.818.0 client.mjs: task promises mapped into an object's field and gathered through that field (`Promise.all(batch.jobs)`): every dispatch is awaited.
import { task, workflow } from "windmill-client";

const resize = task(async (url: string, width: number) => ({ url, width }));

export const main = workflow(async (urls: string[], width: number = 640) => {
  const batch = { width, jobs: urls.map((u) => resize(u, width)) };
  const done = await Promise.all(batch.jobs);
  return { width: batch.width, done: done.length };
});
