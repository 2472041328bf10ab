// SDK: windmill-client 1.818.0 client.mjs: the body replays; the arrow handed to the retry helper runs in the body, so its fetch repeats.
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

const store = task(async (body: string) => body.length);

export const main = workflow(async (url: string) => {
  const body = await withRetry(() => fetch(url).then((r) => r.text())); // expect: WAC101
  return await store(body);
});
