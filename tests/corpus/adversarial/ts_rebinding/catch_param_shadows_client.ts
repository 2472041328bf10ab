// SDK: windmill-client 1.818.0 client.mjs: the body replays; the catch parameter `redis` shadows the client only inside the catch block.
import Redis from "ioredis";
import { task, workflow } from "windmill-client";

const redis = new Redis("redis://cache:6379");

const compute = task(async (k: string) => k.length);

export const main = workflow(async (k: string) => {
  let n = 0;
  try {
    n = await compute(k);
  } catch (redis) {
    console.error("compute failed", redis);
    throw redis;
  }
  await redis.set(`len:${k}`, String(n)); // expect: WAC101
  return n;
});
