// SDK: windmill-client 1.818.0 client.mjs: createClient() does not connect; connect and set run inside a task.
import { createClient } from "redis";
import { task, workflow } from "windmill-client";

const redis = createClient({ url: "redis://cache:6379" });

const compute = task(async (key: string) => ({ key, value: key.length * 7 }));
const cache = task(async (key: string, value: number) => {
  await redis.connect();
  await redis.set(`score:${key}`, String(value));
  await redis.quit();
  return key;
});

export const main = workflow(async (key: string) => {
  const r = await compute(key);
  await cache(r.key, r.value);
  return r;
});
