// SDK: windmill-client 1.818.0 client.mjs: drizzle's toSQL() renders the query without running it; the text goes to a task.
import { drizzle } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { pgTable, text } from "drizzle-orm/pg-core";
import { task, workflow } from "windmill-client";

const users = pgTable("users", { id: text("id"), plan: text("plan") });
const db = drizzle(process.env.DATABASE_URL ?? "");
const run = task(async (sql: string, params: unknown[]) => ({ sql, n: params.length }));

export const main = workflow(async (plan: string) => {
  const q = db.select().from(users).where(eq(users.plan, plan)).toSQL();
  return await run(q.sql, q.params);
});
