// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; the generator customAlphabet returns draws a new random code each round.
import { customAlphabet } from "nanoid";
import { task, workflow } from "windmill-client";

const code = customAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8);
const issueVoucher = task(async (email: string, voucher: string) => ({ email, voucher }));

export const main = workflow(async (email: string) => {
  const voucher = code(); // expect: WAC102
  return await issueVoucher(email, voucher);
});
