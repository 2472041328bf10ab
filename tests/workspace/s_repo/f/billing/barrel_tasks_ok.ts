// SDK: windmill-client 1.818.0 task(); the same tasks through /f/lib/index.ts, used correctly
// (added after the blind round)
import { workflow } from "windmill-client";
import { issueCredit, notifyTeam } from "/f/lib/index.ts";

export const main = workflow(async (customerId: string, cents: number) => {
  const credit = await issueCredit(customerId, cents);
  await notifyTeam("#billing", `credit ${credit.id} for ${customerId}`);
  return { credit };
});
