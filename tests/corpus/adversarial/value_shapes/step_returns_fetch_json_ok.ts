// SDK: windmill-client 1.818.0 client.mjs encodeCheckpointPayload: the parsed JSON body is a plain object, which survives the checkpoint.
import { step, task, workflow } from "windmill-client";

const store = task(async (rates: Record<string, number>) => Object.keys(rates).length);

export const main = workflow(async (base: string) => {
  const rates = await step("fetch_rates", async () => (await fetch(`https://fx.example.com/${base}`)).json());
  return await store(rates);
});
