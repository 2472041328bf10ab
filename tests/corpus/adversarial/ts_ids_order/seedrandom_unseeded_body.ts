// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; seedrandom() without a seed autoseeds from the clock and crypto, so the shard picked changes between replays.
import seedrandom from "seedrandom";
import { task, workflow } from "windmill-client";

const SHARDS = 8;

const assign = task(async (userId: string, shard: number) => ({ userId, shard }));

export const main = workflow(async (userId: string) => {
  const shard = Math.floor(seedrandom()() * SHARDS); // expect: WAC102
  return await assign(userId, shard);
});
