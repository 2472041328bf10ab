// SDK: windmill-client 1.818.0 client.mjs: Temporal child workflows ported to taskFlow, each called with one object; `parallel` dispatches them in batches of `concurrency`; results are plain JSON the body sums; a per-item failure is a TaskError read by name.
import { parallel, step, task, taskFlow, workflow } from "windmill-client";

const reindexTenant = taskFlow("f/search/reindex_tenant", { timeout: 3600, tag: "search" });

const listTenants = task(async (cluster: string): Promise<string[]> => {
  const res = await fetch(`https://admin.example.com/clusters/${cluster}/tenants`);
  return ((await res.json()) as { ids: string[] }).ids;
});

export const main = workflow(async (cluster: string, batch: number = 4) => {
  const tenants = await listTenants(cluster);
  const startedAt = await step("started-at", () => new Date().toISOString());
  const results = await parallel(tenants, (tenantId: string) => reindexTenant({ tenantId, cluster }), {
    concurrency: batch,
  });
  const documents = results.reduce((sum: number, r: { documents?: number }) => sum + (r?.documents ?? 0), 0);
  return { cluster, tenants: tenants.length, documents, startedAt };
});
