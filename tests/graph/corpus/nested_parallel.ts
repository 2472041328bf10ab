// Build two regional reports in parallel; each region runs its own steps in
// sequence inside an async callback, and the shards of a region fan out.
import { parallel, step, task, workflow } from "windmill-client";

const listShards = task(async (region: string): Promise<string[]> => {
  const res = await fetch(`https://metrics.example/regions/${region}/shards`);
  return await res.json();
});

const aggregateShard = task(async (shard: string) => {
  const res = await fetch(`https://metrics.example/shards/${shard}/aggregate`, { method: "POST" });
  return await res.json();
});

const publish = task(async (region: string, totals: unknown[]) => {
  await fetch(`https://reports.example/${region}`, { method: "PUT", body: JSON.stringify(totals) });
});

export const main = workflow(async (day: string) => {
  const startedAt = await step("started_at", () => new Date().toISOString());
  const [eu, us] = await Promise.all([
    (async () => {
      const shards = await listShards("eu");
      return await parallel(shards, aggregateShard, { concurrency: 4 });
    })(),
    (async () => {
      const shards = await listShards("us");
      return await Promise.all(shards.map((s) => aggregateShard(s)));
    })(),
  ]);
  await Promise.all([publish("eu", eu), publish("us", us)]);
  return { day, startedAt, regions: 2 };
});
