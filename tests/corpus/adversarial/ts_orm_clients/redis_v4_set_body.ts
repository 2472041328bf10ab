// SDK: windmill-client 1.818.0 client.mjs: the body replays; a node-redis v4 client writes on each replay.
import { createClient } from "redis";
import { task, workflow } from "windmill-client";

const redis = createClient({ url: "redis://cache:6379" });

const compute = task(async (key: string) => ({ key, value: key.length * 7 }));

export const main = workflow(async (key: string) => {
  const r = await compute(key);
  await redis.connect(); // expect: WAC101
  await redis.set(`score:${r.key}`, String(r.value)); // expect: WAC101
  return r;
});
