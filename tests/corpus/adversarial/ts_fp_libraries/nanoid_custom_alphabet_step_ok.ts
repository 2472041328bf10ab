// SDK: windmill-client 1.818.0 client.mjs: the same generator drawn inside step(): the code is checkpointed and replayed.
import { customAlphabet } from "nanoid";
import { step, task, workflow } from "windmill-client";

const voucherCode = customAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);

const issueVoucher = task(async (customerId: string, code: string, cents: number) => ({ customerId, code, cents }));

export const main = workflow(async (customerId: string, cents: number) => {
  const code = await step("voucher_code", () => voucherCode());
  return await issueVoucher(customerId, code, cents);
});
