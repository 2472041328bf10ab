// SDK: windmill-client 1.818.0 client.mjs: Bun's built-in redis client sends INCR when awaited; counting in the body adds one per replay.
import { redis } from "bun";
import { task, workflow } from "windmill-client";

const sendCoupon = task(async (userId: string, nth: number) => ({ userId, nth }));

export const main = workflow(async (userId: string) => {
  const nth = await redis.incr(`coupons:${userId}`); // expect: WAC101
  return await sendCoupon(userId, nth);
});
