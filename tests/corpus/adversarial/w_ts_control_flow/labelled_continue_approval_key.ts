// SDK: windmill-client 1.818.0 _waitForApproval throws 'WAC step key "..." is already used' when an explicit key is allocated twice
import { task, waitForApproval, workflow } from "windmill-client";

type Change = { service: string; steps: string[]; risky: boolean };

const applyStep = task(async (service: string, stepName: string) => {
  const res = await fetch(`https://changes.internal/${service}/apply`, { method: "POST", body: stepName });
  return res.ok;
});

export const main = workflow(async (changes: Change[]) => {
  const applied: string[] = [];
  services: for (const change of changes) {
    for (const stepName of change.steps) {
      if (change.risky) {
        const decision = await waitForApproval({ key: "risky_change", timeout: 7200 }); // expect: WAC303
        if (!decision.approved) continue services;
      }
      if (!(await applyStep(change.service, stepName))) continue services;
      applied.push(`${change.service}:${stepName}`);
    }
  }
  return applied;
});
