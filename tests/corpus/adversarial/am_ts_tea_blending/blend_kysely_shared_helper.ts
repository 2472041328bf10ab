// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; `findBlend` runs a kysely query (`executeTakeFirst` sends it over the pg `Pool`), fine in the task, but the body calls it too, so that query runs again in every round
import { task, workflow } from "windmill-client";
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface Db {
  blends: { id: string; name: string; status: "draft" | "tasting" | "released"; score: number | null };
}

const db = new Kysely<Db>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.BLENDS_DB_URL }) }),
});

async function findBlend(id: string) {
  return await db.selectFrom("blends").selectAll().where("id", "=", id).executeTakeFirst();
}

const scoreTasting = task(async function scoreTasting(id: string, scores: number[]) {
  const blend = await findBlend(id);
  if (!blend) throw new Error(`no blend ${id}`);
  const score = scores.reduce((a, b) => a + b, 0) / scores.length;
  await db.updateTable("blends").set({ score, status: "tasting" }).where("id", "=", id).execute();
  return score;
});

const release = task(async function release(id: string) {
  await db.updateTable("blends").set({ status: "released" }).where("id", "=", id).execute();
  return id;
});

export const main = workflow(async (id: string, scores: number[]) => {
  const before = await findBlend(id); // expect: WAC101
  if (before?.status === "released") return { id, skipped: true };
  const score = await scoreTasting(id, scores);
  if (score >= 7.5) await release(id);
  return { id, score };
});
