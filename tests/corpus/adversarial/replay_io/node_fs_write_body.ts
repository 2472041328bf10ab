// SDK: windmill-client 1.818.0 client.mjs: appendFileSync in the body appends one line per replay, not one per run.
import { appendFileSync } from "node:fs";
import { task, workflow } from "windmill-client";

const reconcile = task(async (account: string) => ({ account, diff: 0 }));

export const main = workflow(async (accounts: string[]) => {
  for (const account of accounts) {
    const r = await reconcile(account);
    appendFileSync("/tmp/reconcile.log", `${r.account} ${r.diff}\n`); // expect: WAC101
  }
  return accounts.length;
});
