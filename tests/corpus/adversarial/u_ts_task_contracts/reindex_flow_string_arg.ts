// SDK: windmill-client 1.818.0 taskFlow (client.mjs: a non-object argument is sent as { arg0: value }, not under the flow input's name)
import { taskFlow, task, workflow } from "windmill-client";

// f/search/reindex_catalog takes { catalog_id: string, full: boolean }
const reindexCatalog = taskFlow("f/search/reindex_catalog", { timeout: 3600 });

const listStaleCatalogs = task(async function listStaleCatalogs(maxAgeHours: number) {
  const res = await fetch(`https://search.internal/catalogs?stale_hours=${maxAgeHours}`);
  return ((await res.json()) as { id: string }[]).map((c) => c.id);
});

export const main = workflow(async (maxAgeHours = 24) => {
  const stale = await listStaleCatalogs(maxAgeHours);
  const done: string[] = [];
  for (const id of stale) {
    await reindexCatalog(id); // expect: WAC301
    done.push(id);
  }
  return { reindexed: done };
});
