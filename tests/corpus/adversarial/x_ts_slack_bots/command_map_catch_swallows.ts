// SDK: windmill-client 1.818.0: StepSuspend extends Error; a catch without a binding catches it too, and the reply task in the handler runs on every suspension of the dispatched task (parked suspend is only rethrown at the next SDK call)
import { task, workflow } from "windmill-client";

type Interaction = { action: "approve_refund" | "deny_refund"; refundId: string; responseUrl: string };

const approveRefund = task(async (refundId: string) => {
  const r = await fetch(`https://billing.internal/refunds/${refundId}/approve`, { method: "POST" });
  if (!r.ok) throw new Error(`approve failed: ${r.status}`);
  return "approved";
});

const denyRefund = task(async (refundId: string) => {
  const r = await fetch(`https://billing.internal/refunds/${refundId}/deny`, { method: "POST" });
  if (!r.ok) throw new Error(`deny failed: ${r.status}`);
  return "denied";
});

const ACTIONS: Record<Interaction["action"], (id: string) => Promise<string>> = {
  approve_refund: approveRefund,
  deny_refund: denyRefund,
};

export const main = workflow(async (evt: Interaction) => {
  let outcome: string;
  try {
    outcome = await ACTIONS[evt.action](evt.refundId);
  } catch { // expect: WAC202
    outcome = "error";
    console.warn(`refund ${evt.refundId}: ${evt.action} failed`);
  }
  return { refundId: evt.refundId, outcome };
});
