// SDK: windmill-client 1.818.0 client.mjs task(): the retry helper wraps inside the task, so the fetch runs in the child job.
import { task, workflow } from "windmill-client";

async function withRetry<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i + 1 >= tries) throw e;
    }
  }
}

const download = task(async (url: string) => await withRetry(() => fetch(url).then((r) => r.text())));
const store = task(async (body: string) => body.length);

export const main = workflow(async (url: string) => {
  return await store(await download(url));
});
