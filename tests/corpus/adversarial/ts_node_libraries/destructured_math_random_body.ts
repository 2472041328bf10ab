// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `random` destructured off Math is Math.random, so the shard picked in the body changes between rounds.
import { task, workflow } from "windmill-client";

const { random, floor } = Math;

const write = task(async (shard: number, key: string) => ({ shard, key }));

export const main = workflow(async (key: string, shards: number) => {
  const shard = floor(random() * shards); // expect: WAC102
  return await write(shard, key);
});
