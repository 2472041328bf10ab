// SDK: windmill-client 1.818.0 client.mjs: a task call returns a thenable whose result is only observed when awaited; destructured into names that are only put into the returned object, neither result nor failure is ever observed.
import { task, workflow } from "windmill-client";

const scoreCredit = task(async (customerId: string) => 710);
const scoreFraud = task(async (customerId: string) => 0.02);
const recordDecision = task(async (customerId: string) => ({ recorded: true }));

export const main = workflow(async (customerId: string) => {
  const [credit, fraud] = [scoreCredit(customerId), scoreFraud(customerId)];
  await recordDecision(customerId);
  return { customerId, credit, fraud }; // expect: WAC106
});
