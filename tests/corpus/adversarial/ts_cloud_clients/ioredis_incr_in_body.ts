// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; the counter in Redis is incremented again each round.
import Redis from "ioredis";
import { task, workflow } from "windmill-client";

const redis = new Redis(process.env.REDIS_URL ?? "redis://localhost");
const handle = task(async (eventId: string) => ({ eventId, handled: true }));

export const main = workflow(async (eventId: string) => {
  await redis.incr("events:seen"); // expect: WAC101
  return await handle(eventId);
});
