// SDK: windmill-client 1.818.0 TaskOptions.retry { attempts, delay, multiplier } retries with durable sleeps (assertUsableRetry, retryDelaySeconds)
import { task, workflow } from "windmill-client";

const RETRY = { attempts: 4, delay: 1, multiplier: 2, max_delay: 30 };

const pushToWarehouse = task(
  async (sku: string, qty: number) => {
    const res = await fetch(`https://wms.internal/stock/${sku}`, { method: "PUT", body: JSON.stringify({ qty }) });
    if (res.status >= 500) throw new Error(`wms ${res.status}`);
    return res.status;
  },
  { retry: RETRY, timeout: 60 },
);

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export const main = workflow(async (levels: { sku: string; qty: number }[]) => {
  const statuses: number[] = [];
  for (const group of chunk(levels, 10)) {
    statuses.push(...(await Promise.all(group.map(({ sku, qty }) => pushToWarehouse(sku, qty)))));
  }
  return statuses;
});
