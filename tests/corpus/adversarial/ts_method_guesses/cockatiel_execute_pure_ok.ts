// SDK: windmill-client 1.818.0 client.mjs: a cockatiel policy's execute calls the given function in process; here it wraps the task call inside the task's own body, which runs once.
import { handleAll, retry, ExponentialBackoff } from "cockatiel";
import { task, workflow } from "windmill-client";

const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });
const fetchRate = task(async (currency: string) => {
  return await policy.execute(async () => {
    const r = await fetch(`https://fx.example.com/${currency}`);
    return (await r.json()) as { rate: number };
  });
});

export const main = workflow(async (currency: string) => {
  return await fetchRate(currency);
});
