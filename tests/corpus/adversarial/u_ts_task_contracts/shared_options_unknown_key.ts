// SDK: windmill-client 1.818.0 TaskOptions (client.d.ts: timeout, tag, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry); `retries` is not read by _nextStep
import { task, workflow } from "windmill-client";

const NETWORK_TASK = {
  timeout: 120,
  tag: "egress",
  retries: 3, // expect: WAC302
};

const fetchRates = task(async function fetchRates(base: string) {
  const res = await fetch(`https://fx.example.com/latest?base=${base}`);
  return ((await res.json()) as { rates: Record<string, number> }).rates;
}, NETWORK_TASK);

const publishRates = task(async function publishRates(base: string, rates: Record<string, number>) {
  await fetch("https://pricing.internal/fx", { method: "PUT", body: JSON.stringify({ base, rates }) });
  return Object.keys(rates).length;
}, NETWORK_TASK);

export const main = workflow(async (bases: string[] = ["EUR", "USD"]) => {
  const published: Record<string, number> = {};
  for (const base of bases) {
    const rates = await fetchRates(base);
    published[base] = await publishRates(base, rates);
  }
  return published;
});
