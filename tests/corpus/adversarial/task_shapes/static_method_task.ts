// SDK: windmill-client 1.818.0 client.mjs task(): the task is built in a class field, not a top-level const, so Windmill's parser does not collect it; its arrow has no name either, so its key is `step`.
import { task, workflow } from "windmill-client";

class Billing {
  static charge = task(async (invoiceId: string) => ({ invoiceId, paid: true })); // expect: WAC003
}

export const main = workflow(async (invoiceId: string) => {
  return await Billing.charge(invoiceId);
});
