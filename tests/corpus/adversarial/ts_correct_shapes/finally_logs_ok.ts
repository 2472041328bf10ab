// SDK: windmill-client 1.818.0 client.mjs: a `finally` that only logs lets the suspension propagate (a task call returns a bare `{ then }`, so the log goes after the await, not in `.finally`).
import { task, workflow } from "windmill-client";

const sync = task(async (account: string) => ({ account, rows: 10 }));

export const main = workflow(async (accounts: string[]) => {
  const results = [];
  try {
    for (const a of accounts) {
      results.push(await sync(a));
      console.log("synced", a);
    }
  } finally {
    console.log(`processed ${results.length} of ${accounts.length}`);
  }
  return results;
});
