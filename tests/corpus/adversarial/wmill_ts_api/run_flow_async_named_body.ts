// SDK: windmill-client 1.818.0 client.mjs runFlowAsync(): POSTs a new flow job each time the body runs it.
import { runFlowAsync, task, workflow } from "windmill-client";

const score = task(async (leadId: string) => ({ leadId, score: 0.8 }));

export const main = workflow(async (leadId: string) => {
  const s = await score(leadId);
  if (s.score > 0.5) {
    await runFlowAsync("f/sales/nurture", { lead: s.leadId }); // expect: WAC101
  }
  return s;
});
