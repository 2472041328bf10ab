// SDK: windmill-client 1.818.0 client.mjs: `parallel(items, fn, options)` reads only `options.concurrency`; the Step Functions `maxConcurrency` is ignored and all 400 shards are dispatched in one batch
import { task, parallel, workflow } from "windmill-client";

// Ported from the AWS Step Functions "Map" state of our economy-rebalance machine.
type Shard = { shard: number; region: string };

const rebalanceShard = task(
  async (shard: number, region: string, multiplier: number) => {
    const r = await fetch(`https://economy.stormforge-games.example/shards/${shard}/rebalance`, {
      method: "POST",
      body: JSON.stringify({ region, multiplier }),
    });
    return (await r.json()) as { shard: number; itemsAdjusted: number };
  },
  { timeout: 900, tag: "economy" },
);

const publishSummary = task(async (adjusted: number, shards: number) => {
  await fetch("https://hooks.slack.example/services/T0/B0/economy", {
    method: "POST",
    body: JSON.stringify({ text: `Rebalanced ${adjusted} items over ${shards} shards` }),
  });
});

export const main = workflow(async (region: string, shards = 400, multiplier = 0.95) => {
  const items: Shard[] = Array.from({ length: shards }, (_, shard) => ({ shard, region }));
  const results = await parallel(items, (s) => rebalanceShard(s.shard, s.region, multiplier), {
    maxConcurrency: 20, // expect: WAC302
  });
  const adjusted = results.reduce((n, r) => n + r.itemsAdjusted, 0);
  await publishSummary(adjusted, results.length);
  return { region, shards: results.length, adjusted };
});
