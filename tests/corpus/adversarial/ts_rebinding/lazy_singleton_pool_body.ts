// SDK: windmill-client 1.818.0 client.mjs: the body replays; a lazily built pg Pool returned by a helper queries the database in the body.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

let pool: Pool | null = null;

function db(): Pool {
  pool ??= new Pool({ connectionString: "postgres://app@db/shop" });
  return pool;
}

const price = task(async (sku: string) => ({ sku, cents: 999 }));

export const main = workflow(async (sku: string) => {
  const p = await price(sku);
  await db().query("update products set cents = $1 where sku = $2", [p.cents, p.sku]); // expect: WAC101
  return p;
});
