// SDK: windmill-client 1.818.0 client.mjs: task results are checkpointed; a `switch` over an enum built from them takes the same branch on every replay.
import { task, workflow } from "windmill-client";

enum Decision {
  Approve = "approve",
  Reject = "reject",
  Review = "review",
}

const assessRisk = task(async (applicationId: string): Promise<Decision> => Decision.Review);
const approveLoan = task(async (applicationId: string) => ({ approved: true }));
const rejectLoan = task(async (applicationId: string, reason: string) => ({ approved: false, reason }));
const queueForReview = task(async (applicationId: string) => ({ queued: true }));

export const main = workflow(async (applicationId: string) => {
  const decision = await assessRisk(applicationId);
  switch (decision) {
    case Decision.Approve:
      return await approveLoan(applicationId);
    case Decision.Reject:
      return await rejectLoan(applicationId, "risk score");
    default:
      return await queueForReview(applicationId);
  }
});
