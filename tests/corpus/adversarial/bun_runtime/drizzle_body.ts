// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; the drizzle query reads the table again each round and can see other rows.
import { drizzle } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { pgTable, text } from "drizzle-orm/pg-core";
import { task, workflow } from "windmill-client";

const users = pgTable("users", { id: text("id").primaryKey(), plan: text("plan") });
const db = drizzle("postgres://app@db/app");
const upgrade = task(async (id: string) => ({ id, plan: "pro" }));

export const main = workflow(async (id: string) => {
  const rows = await db.select().from(users).where(eq(users.id, id)); // expect: WAC101
  if (rows[0]?.plan === "pro") return rows[0];
  return await upgrade(id);
});
