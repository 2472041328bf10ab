// SDK: windmill-client 1.818.0 client.mjs step() is async; without await nobody observes whether the audit checkpoint was written.
import { step, task, workflow } from "windmill-client";

const applyDiscount = task(async (cartId: string, pct: number) => ({ cartId, pct }));

export const main = workflow(async (cartId: string, pct: number) => {
  step("audit_discount", () => ({ cartId, pct, at: Date.now() })); // expect: WAC106
  return await applyDiscount(cartId, pct);
});
