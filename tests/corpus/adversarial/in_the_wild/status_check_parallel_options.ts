// SDK: windmill-client 1.818.0 client.mjs parallel(items, fn, options): the second argument is called as fn(item), so an options object there throws TypeError.
import { parallel, task, workflow } from "windmill-client";

const checkStatus = task(async (url: string) => {
  const res = await fetch(url, { method: "HEAD" });
  return { url, status: res.status };
});

export const main = workflow(async (urls: string[]) => {
  const jobs = urls.map((u) => checkStatus(u));
  const results = await parallel(jobs, { concurrency: 5 }); // expect: WAC301
  return { up: results.filter((r: any) => r.status < 400).length };
});
