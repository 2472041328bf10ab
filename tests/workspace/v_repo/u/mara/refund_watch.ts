// SDK: windmill-client 1.818.0: a function handed by reference to .map runs right there, in the workflow body
import { getJson, postJson } from "/f/lib/net.ts";
import { step, task, workflow } from "windmill-client";

type Refund = { id: string; amountCents: number; status: string };

const escalate = task(async function escalate(refundIds: string[], channel: string) {
  await postJson("https://support.internal.example.com/escalations", { refundIds, channel });
  return refundIds.length;
});

export const main = workflow(async (refundUrls: string[], thresholdCents: number = 50_000) => {
  const refunds = (await Promise.all(refundUrls.map(getJson))) as Refund[]; // expect: WAC101
  const stuck = refunds.filter((r) => r.status === "pending" && r.amountCents >= thresholdCents);
  if (stuck.length === 0) return { escalated: 0 };
  const escalated = await escalate(stuck.map((r) => r.id), "#refunds");
  return await step("done", () => ({ escalated, checked: refunds.length }));
});
