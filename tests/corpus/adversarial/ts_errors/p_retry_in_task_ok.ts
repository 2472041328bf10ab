// SDK: windmill-client 1.818.0 client.mjs: p-retry inside the task retries the HTTP call in the task's own job; no SDK call is inside it.
import pRetry from "p-retry";
import { task, workflow } from "windmill-client";

const sync = task(async (id: string) => pRetry(async () => (await fetch(`https://crm.example.com/sync/${id}`, { method: "POST" })).ok, { retries: 5 }));

export const main = workflow(async (id: string) => {
  return await sync(id);
});
