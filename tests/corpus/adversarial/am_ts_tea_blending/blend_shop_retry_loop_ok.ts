// SDK: windmill-client 1.818.0 index.js: `StepSuspend` is exported and is what a pending task's `then` raises; the handler rethrows it first, so only a task failure (an Error named `TaskError`) reaches the backoff
import { sleep, StepSuspend, task, workflow } from "windmill-client";
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
    } catch (e) {
      if (e instanceof StepSuspend) throw e;
      lastError = e;
      console.warn(`publish attempt ${attempt + 1} failed`, e);
      await sleep(15 * 2 ** attempt);
    }
  }
  throw lastError;
});
