// Call a flaky API with retries.
import { task, workflow } from "windmill-client";

const callApi = task(async (id: string) => id, {
  retry: { attempts: 3, delay: 10, multiplier: 2, max_delay: 60 },
  concurrency_limit: 2,
});

export const main = workflow(async (id: string) => await callApi(id));  // expect: WAC903
