// SDK: windmill-client 1.818.0 replays the body each round; Kysely's execute() sends the query through the pg pool in the body
import { task, workflow } from "windmill-client";
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface DB {
  accounts: { id: string; status: string; closed_reason: string | null };
}

const revokeApiKeys = task(async (accountId: string) => {
  const res = await fetch(`https://auth.internal/accounts/${accountId}/keys`, { method: "DELETE" });
  return res.status;
});

export const main = workflow(async (dsn: string, accountIds: string[], reason: string) => {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: dsn }) }) });
  for (const id of accountIds) await revokeApiKeys(id);
  const result = await db // expect: WAC101
    .updateTable("accounts")
    .set({ status: "closed", closed_reason: reason })
    .where("id", "in", accountIds)
    .executeTakeFirst();
  return { closed: Number(result.numUpdatedRows) };
});
