// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the timing helper calls the function it is given, so handing it a fetching helper runs the request in the body each replay.
import { task, workflow } from "windmill-client";

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await fn();
  } finally {
    console.log(label, performance.now() - started);
  }
}

async function loadPrices(): Promise<Record<string, number>> {
  return (await fetch("https://pricing.example.com/v2/prices")).json();
}

const quote = task(async (sku: string, prices: Record<string, number>) => prices[sku] ?? 0);

export const main = workflow(async (sku: string) => {
  const prices = await timed("prices", loadPrices); // expect: WAC101
  return await quote(sku, prices);
});
