// SDK: windmill-client 1.818.0 client.mjs encodeCheckpointPayload: a Response has no enumerable own properties, so the step stores `{}` and `res.json()` throws on the value that comes back.
import { step, task, workflow } from "windmill-client";

const store = task(async (rates: Record<string, number>) => Object.keys(rates).length);

export const main = workflow(async (base: string) => {
  const res = await step("fetch_rates", () => fetch(`https://fx.example.com/${base}`)); // expect: WAC107
  return await store(await res.json());
});
