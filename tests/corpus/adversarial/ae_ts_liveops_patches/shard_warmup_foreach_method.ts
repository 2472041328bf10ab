// SDK: windmill-client 1.818.0 client.mjs: each task call queues its step when called; `forEach` drops the promise its async callback returns, so the warm-up results and failures never reach the body, which reports success at once (added after the fixes)
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

  warmAll(shards: Shard[]): void {
    shards.forEach(async (s) => {
      await this.warm(s);
    });
  }
}

export const main = workflow(async (build: string, region: string, shards: Shard[]) => {
  const warmer = new RegionWarmer(region, build);
  warmer.warmAll(shards.filter((s) => s.region === region)); // expect: WAC106
  await openQueue(region, build);
  return { build, region, shards: shards.length };
});
