// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; Chance built without a seed is an unseeded generator (it draws from Math.random), so the coupon code changes between replays; reported where it is built, as numpy's default_rng().
import Chance from "chance";
import { task, workflow } from "windmill-client";

const issueCoupon = task(async (userId: string, code: string) => ({ userId, code }));

export const main = workflow(async (userId: string) => {
  const chance = new Chance(); // expect: WAC102
  const code = chance.string({ length: 10, alpha: true });
  return await issueCoupon(userId, code);
});
