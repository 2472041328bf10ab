// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; randomInt draws a new jitter each replay, so the sleep the body asks for differs from the one the checkpoint recorded.
import { randomInt } from "node:crypto";
import { sleep, task, workflow } from "windmill-client";

const poll = task(async (jobId: string) => ({ jobId, state: "done" }));

export const main = workflow(async (jobId: string) => {
  await sleep(30 + randomInt(0, 15)); // expect: WAC102
  return await poll(jobId);
});
