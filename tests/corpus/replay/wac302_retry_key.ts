// Call a flaky API with retries.
import { task, workflow } from "windmill-client";

const callApi = task(async (id: string) => id, {
  retry: { attempts: 3, backoff: 2 }, // expect: WAC302
});

export const main = workflow(async (id: string) => await callApi(id));  // expect: WAC903
