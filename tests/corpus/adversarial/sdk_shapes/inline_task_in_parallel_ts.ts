// SDK: windmill-client 1.818.0 client.mjs task(): the guide says define tasks as named top-level consts; task(...) inside the parallel callback runs but is created on every item.
import { parallel, task, workflow } from "windmill-client";

async function check(url: string) {
  return { url, ok: url.startsWith("https://") };
}

export const main = workflow(async (urls: string[]) => {
  return await parallel(urls, (u) => task(check)(u), { concurrency: 4 }); // expect: WAC003
});
