// SDK: windmill-client 1.818.0 an explicit approval key may be allocated once; break to the outer label after it leaves both loops
import { task, waitForApproval, workflow } from "windmill-client";

type Change = { service: string; steps: string[]; risky: boolean };

const applyStep = task(async (service: string, stepName: string) => {
  const res = await fetch(`https://changes.internal/${service}/apply`, { method: "POST", body: stepName });
  return res.ok;
});

export const main = workflow(async (changes: Change[]) => {
  const applied: string[] = [];
  let haltedAt: string | null = null;
  rollout: for (const change of changes) {
    for (const stepName of change.steps) {
      if (change.risky) {
        const decision = await waitForApproval({ key: "risky_change", timeout: 7200 });
        haltedAt = decision.approved ? null : change.service;
        break rollout;
      }
      if (!(await applyStep(change.service, stepName))) continue rollout;
      applied.push(`${change.service}:${stepName}`);
    }
  }
  return { applied, haltedAt };
});
