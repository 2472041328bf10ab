// SDK: windmill-client 1.818.0 client.d.ts `TaskOptions` / `TaskRetry` (attempts, delay, multiplier, max_delay) and index.js `assertUsableRetry` / `retryDelaySeconds`: the spread keeps timeout and tag, and `retry` is read
// Cloudflare Workflows port: `step.do("order tug", { retries: {...} }, fn)` rewritten with the SDK's own retry policy.
import { task, workflow } from "windmill-client";

const HARBOUR_DEFAULTS = { timeout: 600, tag: "harbour" };

const TUG_OPTIONS = {
  ...HARBOUR_DEFAULTS,
  retry: { attempts: 5, delay: 10, multiplier: 2, max_delay: 300 },
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
