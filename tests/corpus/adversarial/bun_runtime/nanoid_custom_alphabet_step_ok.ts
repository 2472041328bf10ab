// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the random code is drawn once in the step and replayed from the checkpoint.
import { customAlphabet } from "nanoid";
import { step, task, workflow } from "windmill-client";

const code = customAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8);
const issueVoucher = task(async (email: string, voucher: string) => ({ email, voucher }));

export const main = workflow(async (email: string) => {
  const voucher = await step("voucher", () => code());
  return await issueVoucher(email, voucher);
});
