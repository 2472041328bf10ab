// SDK: windmill-client 1.818.0 client.mjs: a database write from the workflow body is re-executed each replay round.
import { Client } from "pg";
import { task, workflow } from "windmill-client";

const db: Client | undefined = process.env.AUDIT_DB ? new Client(process.env.AUDIT_DB) : undefined;

const closeAccount = task(async (accountId: string) => ({ accountId, closed: true }));

export const main = workflow(async (accountId: string, reason: string) => {
  const result = await closeAccount(accountId);
  await db?.query("INSERT INTO audit (account, reason) VALUES ($1, $2)", [accountId, reason]); // expect: WAC101
  return result;
});
