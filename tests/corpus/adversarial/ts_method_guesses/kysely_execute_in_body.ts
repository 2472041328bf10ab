// SDK: windmill-client 1.818.0 client.mjs: Kysely's execute() sends the query through the pool; in the replayed body it runs every round.
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool() }) });
const notify = task(async (count: number) => ({ count, sent: true }));

export const main = workflow(async (region: string) => {
  const shops = await db.selectFrom("shops").selectAll().where("region", "=", region).execute(); // expect: WAC101
  return await notify(shops.length);
});
