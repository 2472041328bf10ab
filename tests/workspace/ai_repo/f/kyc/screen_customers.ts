// Screen a cohort of KYC cases; risky ones go to the compliance review queue.
import { parallel, task, workflow } from "windmill-client";
import { ReviewQueue } from "../ts/review.ts";
import { screenCustomer } from "../ts/tasks.ts";
import type { KycCase } from "../ts/types.ts";

const RISK_THRESHOLD = 70;

const loadCases = task(async (cohort: string): Promise<KycCase[]> => {
  const res = await fetch(`https://kyc.example/cohorts/${cohort}/cases`);
  return (await res.json()) as KycCase[];
});

const closeCase = task(async (caseId: string, outcome: "cleared" | "rejected") => {
  await fetch(`https://kyc.example/cases/${caseId}`, {
    method: "PATCH",
    body: JSON.stringify({ outcome }),
  });
  return { caseId, outcome };
});

export const main = workflow(async (cohort: string) => {
  const cases = await loadCases(cohort);
  const screenings = await parallel(cases, (c) => screenCustomer(c.customerName, c.country), {
    concurrency: 5,
  });
  const queue = new ReviewQueue("compliance-emea");
  const outcomes: Array<{ caseId: string; outcome: string }> = [];
  for (const [i, c] of cases.entries()) {
    const risky = screenings[i].hits > 0 || c.riskScore >= RISK_THRESHOLD;
    let approved = true;
    if (risky) {
      approved = await queue.escalate(c.caseId, `${screenings[i].hits} hits, score ${c.riskScore}`); // expect: WAC303
    }
    outcomes.push(await closeCase(c.caseId, approved ? "cleared" : "rejected"));
  }
  return { cohort, outcomes };
});
