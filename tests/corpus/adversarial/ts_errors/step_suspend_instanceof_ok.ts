// SDK: windmill-client 1.818.0 client.mjs exports StepSuspend; the handler rethrows it first, then handles task failures.
import { StepSuspend, task, workflow } from "windmill-client";

const sendBatch = task(async (ids: string[]) => ({ sent: ids.length }));

export const main = workflow(async (ids: string[]) => {
  try {
    return await sendBatch(ids);
  } catch (e) {
    if (e instanceof StepSuspend) throw e;
    return { sent: 0, error: String(e) };
  }
});
