// SDK: windmill-client 1.818.0 client.mjs: the handler rethrows the suspension first and only then looks at the message of a task failure.
import { task, workflow } from "windmill-client";

const fetchRates = task(async (base: string) => ({ base, EUR: 0.92 }));

export const main = workflow(async (base: string) => {
  try {
    return await fetchRates(base);
  } catch (e: any) {
    if (e?.name === "StepSuspend") throw e;
    if (String(e?.message ?? "").includes("rate limit")) {
      return { base, EUR: null, limited: true };
    }
    throw e;
  }
});
