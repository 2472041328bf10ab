// SDK: windmill-client 1.818.0 waitForApproval({ key }): keys must be unique within a workflow; reusing one throws
import { waitForApproval } from "./wac.ts";

export class Gate {
  constructor(
    public readonly key: string,
    private readonly timeoutS: number = 3600,
  ) {}

  async open(description: string) {
    return await waitForApproval({ key: this.key, timeout: this.timeoutS, description });
  }
}

export const pricingGate = new Gate("pricing_signoff", 8 * 3600);
