// SDK: windmill-client 1.818.0 taskFlow/taskScript (client.mjs: one object argument is the kwargs; options copied by _nextStep: timeout, tag, priority, cache_ttl)
import { taskFlow, taskScript, task, workflow } from "windmill-client";

const reindexCatalog = taskFlow("f/search/reindex_catalog", { timeout: 3600, priority: 2 });
const warmCache = taskScript("f/search/warm_cache", { tag: "search", cache_ttl: 600 });

const listStaleCatalogs = task(async function listStaleCatalogs(maxAgeHours: number) {
  const res = await fetch(`https://search.internal/catalogs?stale_hours=${maxAgeHours}`);
  return ((await res.json()) as { id: string }[]).map((c) => c.id);
});

export const main = workflow(async (maxAgeHours = 24, full = false) => {
  const stale = await listStaleCatalogs(maxAgeHours);
  const done: string[] = [];
  for (const id of stale) {
    await reindexCatalog({ catalog_id: id, full });
    done.push(id);
  }
  if (done.length > 0) {
    await warmCache({ catalog_ids: done });
  }
  return { reindexed: done };
});
