// SDK: windmill-client 1.818.0 client.mjs: taskScript(path) passes its single object argument as the script's kwargs; taskFlow likewise
import { taskFlow, taskScript, workflow } from "windmill-client";

const compact = taskScript("f/analytics/compact_tables", { timeout: 3600 });
const compactLocal = taskScript("./compact_tables.ts");
const vacuum = taskScript("f/analytics/vacuum_all"); // expect: WAC401
const nightly = taskFlow("f/analytics/nightly");
const exportBadges = taskScript("u/nadia/export_badges");

export const main = workflow(async (tables: string[], leavers: string[]) => {
  const out = [];
  for (const table of tables) {
    out.push(await compact({ table, keep_days: 30 })); // expect: WAC402
  }
  await compactLocal({ table: "events", keepDays: "30" }); // expect: WAC402
  await vacuum({});
  await nightly({ day: "2026-12-01" }); // expect: WAC402
  await exportBadges({ employeeIds: leavers }); // expect: WAC402
  return out;
});
