// SDK: windmill-client 1.818.0 client.mjs task(fnOrPath, maybeFnOrOptions): task("f/x", fn) is the documented form that names the task by a path.
import { task, workflow } from "windmill-client";

const runExternal = task("f/billing/compute_invoice", async (customer: string) => ({ customer, total: 0 }));

export const main = workflow(async (customer: string) => {
  const invoice = await runExternal(customer);
  return invoice.total;
});
