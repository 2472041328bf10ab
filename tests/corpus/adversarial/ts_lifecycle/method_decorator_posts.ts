// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; the decorator replaces the method with a wrapper that posts an audit event before calling the task, so the post runs again on every replay.
import { task, workflow } from "windmill-client";

function audited(_target: object, key: string, descriptor: PropertyDescriptor) {
  const original = descriptor.value;
  descriptor.value = async function (this: unknown, ...args: unknown[]) {
    await fetch("https://audit.example.com/events", { method: "POST", body: JSON.stringify({ key, args }) });
    return original.apply(this, args);
  };
  return descriptor;
}

const createInvoice = task(async (customerId: string) => ({ customerId, invoice: "inv_1" }));

class Billing {
  @audited  // expect: WAC903
  async invoice(customerId: string) {
    return await createInvoice(customerId);
  }
}

const billing = new Billing();

export const main = workflow(async (customerId: string) => {
  return await billing.invoice(customerId); // expect: WAC101
});
