// Annual KYC refresh for one customer: re-screen, then a compliance look on changes.
import { step, task, workflow } from "windmill-client";
import * as pay from "/f/ts/index.ts";

const refreshProfile = task(async (customerId: string) => {
  const res = await fetch(`https://kyc.example/customers/${customerId}/refresh`, { method: "POST" });
  return (await res.json()) as { nameChanged: boolean; uboChanged: boolean; riskScore: number };
});

const rescreen = task(async (customerId: string) => {
  const res = await fetch(`https://sanctions.example/customers/${customerId}/rescreen`, { method: "POST" });
  return (await res.json()) as { hits: number };
});

export const main = workflow(async (customerId: string) => {
  const profile = await refreshProfile(customerId);
  const queue = new pay.review.ReviewQueue("kyc-periodic");
  let cleared = true;
  if (profile.nameChanged || profile.uboChanged) {
    cleared = await queue.escalate(customerId, "ownership or name changed");
  }
  const screening = await rescreen(customerId);
  if (screening.hits > 0) {
    cleared = (await queue.escalate(customerId, `${screening.hits} new hits`)) && cleared; // expect: WAC303
  }
  return await step("outcome", () => ({ customerId, cleared, risk: profile.riskScore }));
});
