// SDK: windmill-client 1.818.0 client.mjs: the body replays; a mysql2 pool query in the body runs on every replay.
import mysql from "mysql2/promise";
import { task, workflow } from "windmill-client";

const pool = mysql.createPool({ host: "db", user: "app", database: "shop" });

const restock = task(async (sku: string, qty: number) => ({ sku, qty }));

export const main = workflow(async (sku: string) => {
  const [rows] = await pool.execute("select qty from stock where sku = ?", [sku]); // expect: WAC101
  const qty = (rows as { qty: number }[])[0]?.qty ?? 0;
  return qty < 5 ? await restock(sku, 20) : null;
});
