// SDK: windmill-client 1.818.0 client.mjs: the helper awaits the task it is handed; on first dispatch the task's thenable throws the StepSuspend (an Error), which the bare catch turns into `null`.
import { task, workflow } from "windmill-client";

async function safely<A extends unknown[], R>(fn: (...args: A) => PromiseLike<R>, ...args: A): Promise<R | null> {
  try {
    return await fn(...args);
  } catch {
    return null;
  }
}

const enrichCompany = task(async (domain: string) => ({ domain, employees: 40 }));

export const main = workflow(async (domains: string[]) => {
  const results = [];
  for (const d of domains) {
    results.push(await safely(enrichCompany, d)); // expect: WAC202
  }
  return results.filter(Boolean);
});
