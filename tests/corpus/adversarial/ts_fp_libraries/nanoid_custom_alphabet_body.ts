// SDK: windmill-client 1.818.0 client.mjs: the body replays; customAlphabet returns a random generator, so the voucher code drawn in the body is new each round.
import { customAlphabet } from "nanoid";
import { task, workflow } from "windmill-client";

const voucherCode = customAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);

const issueVoucher = task(async (customerId: string, code: string, cents: number) => ({ customerId, code, cents }));

export const main = workflow(async (customerId: string, cents: number) => {
  const code = voucherCode(); // expect: WAC102
  return await issueVoucher(customerId, code, cents);
});
