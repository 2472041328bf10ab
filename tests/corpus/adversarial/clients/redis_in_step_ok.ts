// SDK: windmill-client 1.818.0 client.mjs step(): fn runs once, its result is checkpointed and returned from `completed` on replay.
import Redis from "ioredis";
import { step, task, workflow } from "windmill-client";

const redis = new Redis("redis://cache.internal:6379");

const warmCache = task(async (keys: string[]) => {
  for (const k of keys) await redis.set(k, "warm", "EX", 3600);
  return keys.length;
});

export const main = workflow(async (prefix: string) => {
  const keys = await step("scan_keys", async () => {
    const [, found] = await redis.scan(0, "MATCH", `${prefix}*`, "COUNT", 1000);
    return found;
  });
  const warmed = await warmCache(keys);
  const hits = await step("hit_ratio", async () => Number(await redis.get(`${prefix}:hits`)) || 0);
  return { warmed, hits };
});
