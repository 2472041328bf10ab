import { waitForApproval } from "windmill-client";

export class ReviewQueue {
  constructor(private readonly team: string) {}

  async escalate(caseId: string, reason: string): Promise<boolean> {
    const answer = await waitForApproval({
      key: "kyc-escalation",
      timeout: 172_800,
      description: `[${this.team}] ${caseId}: ${reason}`,
    });
    return Boolean(answer?.approved);
  }

  async escalateCase(caseId: string, reason: string): Promise<boolean> {
    const answer = await waitForApproval({
      key: `kyc-${caseId}`,
      timeout: 172_800,
      description: `[${this.team}] ${caseId}: ${reason}`,
    });
    return Boolean(answer?.approved);
  }
}
