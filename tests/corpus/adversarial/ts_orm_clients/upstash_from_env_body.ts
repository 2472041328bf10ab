// SDK: windmill-client 1.818.0 client.mjs: the body replays; an Upstash Redis client's incr sends a REST request each replay.
import { Redis } from "@upstash/redis";
import { task, workflow } from "windmill-client";

const redis = Redis.fromEnv();

const handle = task(async (event: string) => event.length);

export const main = workflow(async (event: string) => {
  const n = await handle(event);
  await redis.incr(`events:${event}`); // expect: WAC101
  return n;
});
