// SDK: windmill-client 1.818.0 client.mjs: `Promise.all` over the mapped task calls dispatches every warm-up in one round and awaits them before the queue opens (added after the fixes)
import { task, workflow } from "windmill-client";

type Shard = { id: number; region: string };

const warmShard = task(async (shard: number, region: string, build: string) => {
  const r = await fetch(`https://gameservers.stormforge-games.example/${region}/shards/${shard}/warm`, {
    method: "POST",
    body: JSON.stringify({ build }),
  });
  return (await r.json()) as { shard: number; ready: boolean };
});

const openQueue = task(async (region: string, build: string) => {
  await fetch(`https://matchmaking.stormforge-games.example/${region}/queues`, {
    method: "PUT",
    body: JSON.stringify({ build, open: true }),
  });
});

class RegionWarmer {
  constructor(
    private readonly region: string,
    private readonly build: string,
  ) {}

  async warm(shard: Shard) {
    return await warmShard(shard.id, this.region, this.build);
  }

  async warmAll(shards: Shard[]) {
    shards.forEach((s) => console.log(`warming shard ${s.id}`));
    return await Promise.all(shards.map((s) => this.warm(s)));
  }
}

export const main = workflow(async (build: string, region: string, shards: Shard[]) => {
  const warmer = new RegionWarmer(region, build);
  const warmed = await warmer.warmAll(shards.filter((s) => s.region === region));
  if (warmed.every((w) => w.ready)) await openQueue(region, build);
  return { build, region, ready: warmed.filter((w) => w.ready).length };
});
