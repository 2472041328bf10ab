// SDK: windmill-client 1.818.0 client.mjs checkpointableResult: a string survives the checkpoint; the function is built in the body from it.
import { step, task, workflow } from "windmill-client";

const render = task(async (text: string) => ({ text }));

export const main = workflow(async (currency: string, cents: number) => {
  const symbol = await step("symbol", () => (currency === "EUR" ? "€" : "$"));
  const formatter = (n: number) => `${symbol} ${(n / 100).toFixed(2)}`;
  return await render(formatter(cents));
});
