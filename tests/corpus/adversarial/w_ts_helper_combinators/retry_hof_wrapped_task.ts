// SDK: windmill-client 1.818.0 StepSuspend is an Error: a catch-all retry loop catches it and waits with setTimeout in the body
import { task, workflow } from "windmill-client";

function withRetries<A extends unknown[], R>(fn: (...args: A) => PromiseLike<R>, attempts = 4) {
  return async (...args: A): Promise<R> => {
    for (let i = 1; ; i++) {
      try {
        return await fn(...args);
      } catch (e) {
        if (i >= attempts) throw e;
        await new Promise((r) => setTimeout(r, 500 * 2 ** i));
      }
    }
  };
}

const pushToWarehouse = task(async (sku: string, qty: number) => {
  const res = await fetch(`https://wms.internal/stock/${sku}`, { method: "PUT", body: JSON.stringify({ qty }) });
  if (res.status >= 500) throw new Error(`wms ${res.status}`);
  return res.status;
});

const syncStock = withRetries(pushToWarehouse);

export const main = workflow(async (levels: { sku: string; qty: number }[]) => {
  const statuses: number[] = [];
  for (const { sku, qty } of levels) {
    statuses.push(await syncStock(sku, qty)); // expect: WAC101, WAC202
  }
  return statuses;
});
