// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; the pipeline's exec sends its commands again each round.
import Redis from "ioredis";
import { task, workflow } from "windmill-client";

const redis = new Redis();
const score = task(async (id: string) => ({ id, score: 3 }));

export const main = workflow(async (id: string) => {
  const s = await score(id);
  await redis.pipeline().zadd("leaderboard", s.score, s.id).expire("leaderboard", 3600).exec(); // expect: WAC101
  return s;
});
