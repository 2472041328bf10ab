// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; got posts the webhook again each round.
import got from "got";
import { task, workflow } from "windmill-client";

const provision = task(async (tenant: string) => ({ tenant, ready: true }));

export const main = workflow(async (tenant: string, hook: string) => {
  const result = await provision(tenant);
  await got.post(hook, { json: { tenant, ready: result.ready } }); // expect: WAC101
  return result;
});
