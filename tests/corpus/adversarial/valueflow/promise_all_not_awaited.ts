// SDK: windmill-client 1.818.0 client.mjs: Promise.all calls each thenable's then(); the suspension it throws ends up in a promise nobody awaits.
import { task, workflow } from "windmill-client";

const invalidate = task(async (key: string) => ({ key, ok: true }));
const rebuild = task(async (site: string) => ({ site, pages: 120 }));

export const main = workflow(async (site: string, keys: string[]) => {
  const built = await rebuild(site);
  Promise.all(keys.map((k) => invalidate(k))); // expect: WAC106
  return built;
});
