// SDK: windmill-client 1.818.0 a task awaited in the body is dispatched as its own step; `removed` is decorated with `labelled`, which only records metadata (no I/O)
import { task, workflow } from "windmill-client";
import { CustomerDiff } from "/f/lib/diff.ts";
import { emailReceipt } from "/f/lib/tasks.ts";

const loadCustomers = task(async function loadCustomers(source: string) {
  const res = await fetch(`https://crm.billing.example/v1/customers?source=${source}`);
  return (await res.json()) as string[];
});

export const main = workflow(async (welcome_to: string) => {
  const before = await loadCustomers("snapshot");
  const after = await loadCustomers("live");
  const added = new CustomerDiff(before, after).removed();
  await emailReceipt(welcome_to, `welcome-${added.length}`);
  return { added };
});
