// SDK: windmill-client 1.818.0 client.mjs: the lazily built pool is reached only inside a task.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

let pool: Pool | undefined;

function db(): Pool {
  if (!pool) {
    pool = new Pool({ connectionString: "postgres://app@db/shop" });
  }
  return pool;
}

const price = task(async (sku: string) => ({ sku, cents: 999 }));
const save = task(async (sku: string, cents: number) => {
  await db().query("update products set cents = $1 where sku = $2", [cents, sku]);
  return sku;
});

export const main = workflow(async (sku: string) => {
  const p = await price(sku);
  return await save(p.sku, p.cents);
});
