// SDK: windmill-client 1.818.0 client.mjs: the helper only logs what it is given, so the StepSuspend caught here is swallowed and the fallback runs on every suspension.
import { task, workflow } from "windmill-client";

function reportFailure(err: unknown, context: string): void {
  console.error(`[${context}]`, err);
}

const scoreApplicant = task(async (applicantId: string) => ({ applicantId, score: 710 }));

export const main = workflow(async (applicantId: string) => {
  try {
    return await scoreApplicant(applicantId);
  } catch (e) { // expect: WAC202
    reportFailure(e, "scoring");
    return { applicantId, score: null };
  }
});
