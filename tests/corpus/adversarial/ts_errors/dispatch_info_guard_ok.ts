// SDK: windmill-client 1.818.0 client.mjs StepSuspend: only the suspension carries `dispatchInfo` (set in its constructor), so this guard rethrows it and only task failures reach the fallback.
import { task, workflow } from "windmill-client";

const score = task(async (lead: string) => ({ lead, score: 80 }));

export const main = workflow(async (lead: string) => {
  try {
    return await score(lead);
  } catch (e) {
    if ((e as any).dispatchInfo) throw e;
    return { lead, score: 0 };
  }
});
