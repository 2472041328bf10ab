// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; seedrandom(userId) is seeded with the input, so it draws the same shard on every replay.
import seedrandom from "seedrandom";
import { task, workflow } from "windmill-client";

const SHARDS = 8;

const assign = task(async (userId: string, shard: number) => ({ userId, shard }));

export const main = workflow(async (userId: string) => {
  const shard = Math.floor(seedrandom(userId)() * SHARDS);
  return await assign(userId, shard);
});
