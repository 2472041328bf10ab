// SDK: windmill-client 1.818.0 client.d.ts `TaskOptions` (timeout, tag, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry) and index.js `_nextStep`, which copies only those: Cloudflare's `retries: { limit, delay, backoff }` is dropped without a word, so the task is never retried
// Cloudflare Workflows port: `step.do("order tug", { retries: {...}, timeout: "10 minutes" }, fn)` became a task with the same config object.
import { task, workflow } from "windmill-client";

const HARBOUR_DEFAULTS = { timeout: 600, tag: "harbour" };

const TUG_OPTIONS = {
  ...HARBOUR_DEFAULTS,
  retries: { limit: 5, delay: 10, backoff: "exponential" }, // expect: WAC302
};

const orderTug = task(async function orderTug(imo: string, tugs: number) {
  const r = await fetch("https://tugs.harbour.example/api/orders", {
    method: "POST",
    body: JSON.stringify({ imo, tugs }),
  });
  if (!r.ok) throw new Error(`tug order failed: ${r.status}`);
  return (await r.json()) as { orderId: string };
}, TUG_OPTIONS);

export const main = workflow(async (imo: string, lengthM: number) => {
  const tugs = lengthM > 250 ? 3 : lengthM > 150 ? 2 : 1;
  return await orderTug(imo, tugs);
});
