// SDK: windmill-client 1.818.0 client.mjs: StepSuspend has name "StepSuspend"; the helper the handler calls first rethrows it, so only task failures reach the fallback.
import { task, workflow } from "windmill-client";

function rethrowSuspend(e: unknown): void {
  if ((e as { name?: string } | null)?.name === "StepSuspend") throw e;
}

const scoreApplicant = task(async (applicantId: string) => ({ applicantId, score: 710 }));

export const main = workflow(async (applicantId: string) => {
  try {
    return await scoreApplicant(applicantId);
  } catch (e) {
    rethrowSuspend(e);
    return { applicantId, score: null };
  }
});
