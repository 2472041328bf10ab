// SDK: windmill-client 1.818.0 taskFlow wrapper: one object argument is the flow's args; parallel(items, fn, {concurrency}) batches with Promise.all
// Ported from Hatchet spawnWorkflows; each child flow gets its input as one object.
import { taskFlow, task, parallel, workflow } from "windmill-client";

const indexShard = taskFlow("f/search/index_shard", { timeout: 1800, tag: "indexer" });

const listShards = task(async (indexName: string) => {
  const r = await fetch(`https://search.internal/indices/${indexName}/shards`);
  const body = (await r.json()) as { shards: { id: string; docs: number }[] };
  return body.shards.map((s) => s.id);
});

const swapAlias = task(async (indexName: string, alias: string) => {
  await fetch(`https://search.internal/aliases/${alias}`, { method: "PUT", body: JSON.stringify({ index: indexName }) });
  return alias;
});

export const main = workflow(async (indexName: string, alias: string, concurrency: number = 4) => {
  const shardIds: string[] = await listShards(indexName);

  const reports = await parallel(
    shardIds,
    (shardId) => indexShard({ index_name: indexName, shard_id: shardId }),
    { concurrency },
  );

  const failed = reports.filter((r: { ok: boolean }) => !r.ok);
  if (failed.length === 0) {
    await swapAlias(indexName, alias);
  }
  return { shards: shardIds.length, failed: failed.length };
});
