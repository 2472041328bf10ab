// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the optional hooks here only log or are absent, so calling them with `?.()` repeats nothing outside the process.
import { task, workflow } from "windmill-client";

type Hooks = { onDone?: (summary: string) => void; onError?: (e: unknown) => void };

const hooks: Hooks = {
  onDone: (summary) => console.log("done:", summary),
};

const sync = task(async (account: string) => ({ account, synced: 12 }));

export const main = workflow(async (account: string) => {
  const result = await sync(account);
  hooks.onDone?.(`${account}: ${result.synced} records`);
  hooks.onError?.(null);
  return result;
});
