// Warehouse tasks shared by the analytics workflows.
import { task } from "windmill-client";

import { postJson, WAREHOUSE_API } from "/f/shared/net.ts";

export const exportCsv = task(async (query: string, bucket: string): Promise<string> => {
  const res = await postJson<{ key: string }>(`${WAREHOUSE_API}/export`, { query, bucket });
  return res.key;
});

export const compactPartition = task(
  async (table: string, day: string) => {
    return await postJson(`${WAREHOUSE_API}/compact`, { table, day });
  },
  { retry: { attempts: 3, delay: 30, multiplier: 2 } },
);

export default task(async function refreshDashboard(dashboardId: string, force: boolean) {
  return await postJson(`${WAREHOUSE_API}/dashboards/${dashboardId}/refresh`, { force });
});
