// SDK: windmill-client 1.818.0 client.mjs checkpointableResult: a function result is stored as null, so `formatter` is null and calling it throws.
import { step, task, workflow } from "windmill-client";

const render = task(async (text: string) => ({ text }));

export const main = workflow(async (currency: string, cents: number) => {
  const formatter = await step("formatter", () => (n: number) => `${currency} ${(n / 100).toFixed(2)}`); // expect: WAC107
  return await render(formatter(cents));
});
