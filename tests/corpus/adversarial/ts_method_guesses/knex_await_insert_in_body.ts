// SDK: windmill-client 1.818.0 client.mjs: a knex builder is a thenable; awaiting it in the replayed body runs the insert again each round.
import knex from "knex";
import { task, workflow } from "windmill-client";

const db = knex({ client: "pg", connection: process.env.DATABASE_URL });
const price = task(async (sku: string) => ({ sku, cents: 1200 }));

export const main = workflow(async (sku: string) => {
  const p = await price(sku);
  await db("prices").insert(p); // expect: WAC101
  return p;
});
