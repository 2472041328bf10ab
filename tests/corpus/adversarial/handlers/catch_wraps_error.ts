// SDK: windmill-client 1.818.0 client.mjs: the handler throws a new Error in place of the StepSuspend, so the runner sees a failure instead of the suspension (the message runs on every dispatch).
import { task, workflow } from "windmill-client";

const provisionVm = task(async (size: string) => ({ id: "vm-1", size }));

export const main = workflow(async (size: string) => {
  try {
    return await provisionVm(size);
  } catch (e) { // expect: WAC202
    throw new Error(`provisioning failed: ${String(e)}`);
  }
});
