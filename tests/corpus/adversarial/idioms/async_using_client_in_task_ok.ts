// SDK: windmill-client 1.818.0 client.mjs `task`: a task's function runs in its own step; the disposable connection is opened and closed there, never in the body.
import { task, workflow } from "windmill-client";
import pg from "pg";

const countOrders = task(async function countOrders(status: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query("select count(*)::int as n from orders where status = $1", [status]);
    return rows[0].n as number;
  } finally {
    await client.end();
  }
});

export const main = workflow(async (status = "pending") => {
  const n = await countOrders(status);
  return { status, n };
});
