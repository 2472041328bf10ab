// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; a decorator whose wrapper only logs and then calls the task repeats nothing outside the job, and the task keeps its key.
import { task, workflow } from "windmill-client";

function traced(_target: object, key: string, descriptor: PropertyDescriptor) {
  const original = descriptor.value;
  descriptor.value = async function (this: unknown, ...args: unknown[]) {
    console.log(`calling ${key}`, args);
    return original.apply(this, args);
  };
  return descriptor;
}

const createInvoice = task(async (customerId: string) => ({ customerId, invoice: "inv_1" }));

class Billing {
  @traced  // expect: WAC903
  async invoice(customerId: string) {
    return await createInvoice(customerId);
  }
}

const billing = new Billing();

export const main = workflow(async (customerId: string) => {
  return await billing.invoice(customerId);
});
