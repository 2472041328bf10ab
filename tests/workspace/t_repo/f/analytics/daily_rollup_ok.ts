// SDK: windmill-client 1.818.0 client.mjs: step() checkpoints fn's JSON result; tasks awaited with all their parameters
import { step, task, workflow } from "windmill-client";

import refreshDashboard, { compactPartition } from "./tasks.ts";
import { buildUrl, postJson, WAREHOUSE_API } from "/f/shared/net.ts";

const rollup = task(async (day: string, tables: string[]) => {
  return await postJson<{ rows: number }>(`${WAREHOUSE_API}/rollup`, { day, tables });
});

export const main = workflow(async (day: string, tables: string[], dashboardId: string) => {
  const runsUrl = buildUrl(WAREHOUSE_API, "runs");
  await step("mark_started", () => postJson(runsUrl, { day, status: "started" }));

  for (const table of tables) {
    await compactPartition(table, day);
  }
  const summary = await rollup(day, tables);
  await refreshDashboard(dashboardId, true);
  return summary;
});
