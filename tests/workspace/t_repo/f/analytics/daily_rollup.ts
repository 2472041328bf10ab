// SDK: windmill-client 1.818.0 client.mjs: task() wrapper maps positional args to the function's parameter names (getParamNames) and dispatches via ctx._nextStep; the body reruns every round
import { step, task, workflow } from "windmill-client";

import refreshDashboard, { compactPartition } from "./tasks.ts";
import { buildUrl, postJson, WAREHOUSE_API } from "/f/shared/net.ts";

const rollup = task(async (day: string, tables: string[]) => {
  return await postJson<{ rows: number }>(`${WAREHOUSE_API}/rollup`, { day, tables });
});

export const main = workflow(async (day: string, tables: string[], dashboardId: string) => {
  await postJson(buildUrl(WAREHOUSE_API, "runs"), { day, status: "started" }); // expect: WAC101

  for (const table of tables) {
    await compactPartition(table, day);
  }
  const summary = await rollup(day, tables);
  refreshDashboard(dashboardId, true); // expect: WAC106
  await refreshDashboard(dashboardId); // expect: WAC402
  return summary;
});
