// SDK: windmill-client 1.818.0 client.mjs: taskScript / taskFlow dispatch by path with one object of named arguments
import { taskFlow, taskScript, workflow } from "windmill-client";

const compact = taskScript("f/analytics/compact_tables", { timeout: 3600 });
const compactLocal = taskScript("./compact_tables.ts");
const nightly = taskFlow("f/analytics/nightly");
const exportBadges = taskScript("u/nadia/export_badges");

export const main = workflow(async (tables: string[], leavers: string[]) => {
  const out = [];
  for (const table of tables) {
    out.push(await compact({ table, keepDays: 30 }));
  }
  await compactLocal({ table: "events", keepDays: 30, dryRun: true });
  await nightly({ tables, day: "2026-12-01" });
  await exportBadges({ employee_ids: leavers, site: "porto" });
  return out;
});
