// SDK: windmill-client 1.818.0 client.mjs _nextStep: a task called from a timer callback runs after the body has returned or suspended; nothing awaits it.
import { task, workflow } from "windmill-client";

const provision = task(async (tenant: string) => ({ tenant, ready: true }));
const notify = task(async (tenant: string) => ({ tenant, notified: true }));

export const main = workflow(async (tenant: string) => {
  const r = await provision(tenant);
  setTimeout(() => notify(tenant), 1000); // expect: WAC106
  return r;
});
