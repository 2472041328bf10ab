// SDK: windmill-client 1.818.0 dist/wacError.mjs: the suspension is an Error named "StepSuspend"; the helper rethrows it before treating anything as a failure.
import { task, workflow } from "windmill-client";

async function safely<A extends unknown[], R>(fn: (...args: A) => PromiseLike<R>, ...args: A): Promise<R | null> {
  try {
    return await fn(...args);
  } catch (e) {
    if ((e as Error)?.name === "StepSuspend") throw e;
    console.warn("task failed", e);
    return null;
  }
}

const enrichCompany = task(async (domain: string) => ({ domain, employees: 40 }));

export const main = workflow(async (domains: string[]) => {
  const results = [];
  for (const d of domains) {
    results.push(await safely(enrichCompany, d));
  }
  return results.filter(Boolean);
});
