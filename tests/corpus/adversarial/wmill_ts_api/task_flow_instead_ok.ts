// SDK: windmill-client 1.818.0 client.mjs taskFlow(): the flow runs as a durable child whose result is checkpointed.
import { task, taskFlow, workflow } from "windmill-client";

const score = task(async (leadId: string) => ({ leadId, score: 0.8 }));
const nurture = taskFlow("f/sales/nurture");

export const main = workflow(async (leadId: string) => {
  const s = await score(leadId);
  if (s.score > 0.5) {
    await nurture({ lead: s.leadId });
  }
  return s;
});
