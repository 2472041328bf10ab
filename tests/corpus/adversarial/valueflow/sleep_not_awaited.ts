// SDK: windmill-client 1.818.0 client.mjs: sleep() is async; un-awaited, the suspension ctx._sleep throws rejects a promise nobody handles and the body runs on past it.
import { sleep, task, workflow } from "windmill-client";

const checkPropagation = task(async (domain: string) => ({ domain, propagated: Math.random() > 0.5 }));

export const main = workflow(async (domain: string) => {
  for (let i = 0; i < 5; i++) {
    const { propagated } = await checkPropagation(domain);
    if (propagated) return { domain, attempts: i + 1 };
    sleep(300); // expect: WAC106
  }
  return { domain, attempts: 5, propagated: false };
});
