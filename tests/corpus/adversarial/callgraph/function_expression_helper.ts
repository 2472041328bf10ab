// SDK: windmill-client 1.818.0 client.mjs: process.env read in the workflow body is not checkpointed; its value may differ on replay.
import { step, task, workflow } from "windmill-client";

const settings = function () {
  return {
    batch: Number(process.env.BATCH_SIZE ?? 100),
    dryRun: process.env.DRY_RUN === "1",
  };
};

const purge = task(async (table: string, limit: number) => ({ table, purged: limit }));

export const main = workflow(async (tables: string[]) => {
  const { batch, dryRun } = settings(); // expect: WAC102
  const startedAt = await step("started_at", () => new Date().toISOString());
  if (dryRun) return { tables, startedAt };
  const results = [];
  for (const t of tables) results.push(await purge(t, batch));
  return { results, startedAt };
});
