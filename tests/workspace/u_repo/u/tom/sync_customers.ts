// SDK: windmill-client 1.818.0 a task called inside a step() callback suspends from inside the step (StepSuspend is rethrown by _runInlineStep) and the callback runs again next round; the decorated method's fetch runs on every replay
import { step, task, workflow } from "windmill-client";
import { CustomerDiff } from "/f/lib/diff.ts";
import { emailReceipt } from "/f/lib/tasks.ts";

const loadCustomers = task(async function loadCustomers(source: string) {
  const res = await fetch(`https://crm.billing.example/v1/customers?source=${source}`);
  return (await res.json()) as string[];
});

export const main = workflow(async (welcome_to: string) => {
  const before = await loadCustomers("snapshot");
  const after = await loadCustomers("live");
  const added = new CustomerDiff(before, after).added(); // expect: WAC101, WAC102
  await step("welcome", () => emailReceipt(welcome_to, `welcome-${added.length}`)); // expect: WAC304
  return { added };
});
