// SDK: windmill-client 1.818.0 client.mjs: the body replays; a `let` declared empty and assigned a Redis client later is that client at the call.
import Redis from "ioredis";
import { task, workflow } from "windmill-client";

const score = task(async (user: string) => user.length * 3);

export const main = workflow(async (user: string, url: string) => {
  let cache: Redis;
  cache = new Redis(url);
  const s = await score(user);
  await cache.set(`score:${user}`, String(s)); // expect: WAC101
  return s;
});
