// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is not a TypeError, so it skips the branch and the handler alerts and returns null, swallowing it (the next durable call would rethrow it, but there is none).
import { task, workflow } from "windmill-client";

const fetchRates = task(async (base: string) => ({ base, EUR: 0.92 }));

export const main = workflow(async (base: string) => {
  try {
    return await fetchRates(base);
  } catch (e) { // expect: WAC202
    if (e instanceof TypeError) throw e; // expect: WAC204
    console.error("rates unavailable", e);
    return null;
  }
});
