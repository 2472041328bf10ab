// SDK: windmill-client 1.818.0 client.mjs: awaiting a drizzle select runs it; in the replayed body it reads the table again each round.
import { drizzle } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { pgTable, text } from "drizzle-orm/pg-core";
import { task, workflow } from "windmill-client";

const users = pgTable("users", { id: text("id"), plan: text("plan") });
const db = drizzle(process.env.DATABASE_URL ?? "");
const bill = task(async (id: string) => ({ id, billed: true }));

export const main = workflow(async (plan: string) => {
  const rows = await db.select().from(users).where(eq(users.plan, plan)); // expect: WAC101
  const out = [];
  for (const r of rows) out.push(await bill(String(r.id)));
  return out;
});
