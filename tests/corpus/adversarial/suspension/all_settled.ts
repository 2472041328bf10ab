// SDK: windmill-client 1.818.0 client.mjs: Promise.allSettled turns the StepSuspend each task thenable throws into a "rejected" entry, and the body goes on.
import { task, workflow } from "windmill-client";

const deliver = task(async (webhook: string, payload: unknown) => {
  const res = await fetch(webhook, { method: "POST", body: JSON.stringify(payload) });
  if (!res.ok) throw new Error(`webhook ${res.status}`);
  return webhook;
});

export const main = workflow(async (webhooks: string[], event: { type: string; id: string }) => {
  const outcomes = await Promise.allSettled(webhooks.map((w) => deliver(w, event))); // expect: WAC202
  const failed = outcomes.filter((o) => o.status === "rejected").length;
  return { delivered: webhooks.length - failed, failed };
});
