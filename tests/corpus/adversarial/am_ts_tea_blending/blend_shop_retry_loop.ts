// SDK: windmill-client 1.818.0 index.js: a pending task's `then` raises `StepSuspend` (an `Error`); the hand-written retry loop's `catch` takes it for a failure and calls `sleep`, whose `_rethrowSwallowed` throws it again from inside the handler, so the loop's backoff and attempt count are never what they read as
import { sleep, task, workflow } from "windmill-client";
import ky from "ky";

const shop = ky.create({ prefixUrl: "https://shop.leafhouse.example/api", retry: 0 });

const publishBlend = task(async function publishBlend(blendId: string, priceEur: number) {
  return await shop.put(`products/${blendId}`, { json: { priceEur, visible: true } }).json<{ url: string }>();
});

export const main = workflow(async (blendId: string, priceEur: number) => {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const product = await publishBlend(blendId, priceEur);
      return { url: product.url, attempts: attempt + 1 };
    } catch (e) { // expect: WAC202
      lastError = e;
      console.warn(`publish attempt ${attempt + 1} failed`, e);
      await sleep(15 * 2 ** attempt);
    }
  }
  throw lastError;
});
