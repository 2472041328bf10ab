// SDK: windmill-client 1.818.0 _nextStep (client.mjs: copies options.concurrency_limit / concurrency_key / concurrency_time_window_s / cache_ttl; camelCase names are never read)
import { task, parallel, workflow } from "windmill-client";

type Tenant = { id: string; plan: string };

const rebuildSearchIndex = task(
  async function rebuildSearchIndex(t: Tenant) {
    const res = await fetch(`https://search.internal/tenants/${t.id}/rebuild`, { method: "POST" });
    return { tenant: t.id, ok: res.ok };
  },
  {
    timeout: 1800,
    concurrencyLimit: 2, // expect: WAC302
    concurrency_key: "search-rebuild",
    cacheTtl: 3600, // expect: WAC302
  },
);

export const main = workflow(async (tenants: Tenant[]) => {
  const paying = tenants.filter((t) => t.plan !== "free");
  const results = await parallel(paying, rebuildSearchIndex, { concurrency: 4 });
  return { rebuilt: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).map((r) => r.tenant) };
});
