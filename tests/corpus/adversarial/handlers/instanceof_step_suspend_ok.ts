// SDK: windmill-client 1.818.0 client.mjs exports StepSuspend; rethrowing it first lets the suspension through, and a task failure (name "TaskError") gets the fallback.
import { StepSuspend, task, workflow } from "windmill-client";

const fetchFx = task(async (pair: string) => ({ pair, rate: 1.08 }));

export const main = workflow(async (pair: string) => {
  try {
    return await fetchFx(pair);
  } catch (err) {
    if (err instanceof StepSuspend) throw err;
    return { pair, rate: null, error: String(err) };
  }
});
