// SDK: windmill-client 1.818.0 task(fn): the wrapper names positionals after fn's parameters;
// issueCredit(customerId, amountCents), notifyTeam(channel, text) from /f/lib/tasks.ts
import { workflow } from "windmill-client";
import { issueCredit, notifyTeam } from "/f/lib/tasks.ts";

type Dispute = { customerId: string; cents: number };

export const main = workflow(async (disputes: Dispute[], channel: string = "#billing") => {
  const credits: string[] = [];
  for (const d of disputes) {
    const credit = await issueCredit(d.customerId, d.cents);
    credits.push(credit.id);
  }
  await issueCredit("ACME-001", "1250"); // expect: WAC402
  notifyTeam(channel, `issued ${credits.length} credits`); // expect: WAC106
  await notifyTeam(channel); // expect: WAC402
  return { credits };
});
