// SDK: windmill-client 1.818.0 task(): Promise.all over task calls started in the body
import { workflow } from "windmill-client";
import { issueCredit, notifyTeam } from "/f/lib/tasks.ts";

type Dispute = { customerId: string; cents: number };

export const main = workflow(async (disputes: Dispute[], channel: string = "#billing") => {
  const credits = await Promise.all(disputes.map((d) => issueCredit(d.customerId, d.cents)));
  await notifyTeam(channel, `issued ${credits.length} credits`);
  return { credits: credits.map((c) => c.id) };
});
