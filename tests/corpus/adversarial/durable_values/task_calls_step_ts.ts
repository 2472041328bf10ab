// SDK: windmill-client 1.818.0 client.mjs: inside a task's job the workflow replays with _executing_key set; a step allocated in the task body never settles, so the task hangs.
import { step, task, workflow } from "windmill-client";

const importRows = task(async (url: string) => {
  const startedAt = await step("started", () => new Date().toISOString()); // expect: WAC304
  return { url, startedAt };
});

export const main = workflow(async (url: string) => {
  return await importRows(url);
});
