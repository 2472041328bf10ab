// SDK: windmill-client 1.818.0 client.mjs task(): the task is a top-level const; a static method that returns its call keeps the same key and dispatch.
import { task, workflow } from "windmill-client";

const chargeInvoice = task(async (invoiceId: string) => ({ invoiceId, paid: true }));

class Billing {
  static charge(invoiceId: string) {
    return chargeInvoice(invoiceId);
  }
}

export const main = workflow(async (invoiceId: string) => {
  return await Billing.charge(invoiceId);
});
