// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `floor`, `max` and `round` destructured off Math are pure, and the id comes from the input.
import { task, workflow } from "windmill-client";

const { floor, max, round } = Math;

const write = task(async (shard: number, key: string) => ({ shard, key }));

export const main = workflow(async (key: string, shards: number) => {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const shard = max(0, floor(h % max(1, round(shards))));
  return await write(shard, key);
});
