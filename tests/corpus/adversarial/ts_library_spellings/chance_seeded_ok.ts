// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; Chance seeded with the user id draws the same code on every replay.
import Chance from "chance";
import { task, workflow } from "windmill-client";

const issueCoupon = task(async (userId: string, code: string) => ({ userId, code }));

export const main = workflow(async (userId: string) => {
  const chance = new Chance(userId);
  const code = chance.string({ length: 10, alpha: true });
  return await issueCoupon(userId, code);
});
