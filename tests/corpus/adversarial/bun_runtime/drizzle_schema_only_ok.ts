// SDK: windmill-client 1.818.0 client.mjs: building table definitions and a where-clause object is pure; the query itself runs in the task.
import { drizzle } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { pgTable, text } from "drizzle-orm/pg-core";
import { task, workflow } from "windmill-client";

const users = pgTable("users", { id: text("id").primaryKey(), plan: text("plan") });
const db = drizzle("postgres://app@db/app");
const currentPlan = task(async (id: string) => {
  const rows = await db.select().from(users).where(eq(users.id, id));
  return rows[0]?.plan ?? null;
});
const upgrade = task(async (id: string) => ({ id, plan: "pro" }));

export const main = workflow(async (id: string) => {
  const plan = await currentPlan(id);
  if (plan === "pro") return { id, plan };
  return await upgrade(id);
});
