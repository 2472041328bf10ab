// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; an optional hook called with `?.()` in the body still runs when it is set, and this one posts a webhook every replay.
import { task, workflow } from "windmill-client";

type Hooks = { onDone?: (summary: string) => Promise<void> };

const hooks: Hooks = {
  onDone: async (summary) => {
    await fetch("https://hooks.example.com/done", { method: "POST", body: summary });
  },
};

const sync = task(async (account: string) => ({ account, synced: 12 }));

export const main = workflow(async (account: string) => {
  const result = await sync(account);
  await hooks.onDone?.(`${account}: ${result.synced} records`); // expect: WAC101
  return result;
});
