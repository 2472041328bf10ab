// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; `findBlend` (a kysely query over the pg `Pool`) is called only inside tasks, each of which runs once as its own job; the body only builds the lazy `Kysely` client at module level
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

const blendStatus = task(async function blendStatus(id: string) {
  return (await findBlend(id))?.status ?? null;
});

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
  const status = await blendStatus(id);
  if (status === "released") return { id, skipped: true };
  const score = await scoreTasting(id, scores);
  if (score >= 7.5) await release(id);
  return { id, score };
});
