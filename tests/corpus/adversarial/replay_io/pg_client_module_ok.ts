// SDK: windmill-client 1.818.0 client.mjs: a pg.Client built at module level but only used inside task bodies; the workflow body only awaits tasks.
import pg from "pg";
import { task, workflow } from "windmill-client";

const client = new pg.Client({ connectionString: "postgres://app@db/app" });

const countOrders = task(async (day: string) => {
  await client.connect();
  const { rows } = await client.query("select count(*)::int as n from orders where day = $1", [day]);
  await client.end();
  return rows[0].n as number;
});

export const main = workflow(async (day: string) => {
  const n = await countOrders(day);
  const label = n > 1000 ? "busy" : "quiet";
  return { day, n, label };
});
