// SDK: windmill-client 1.818.0 step(name, fn) runs fn inline; a task called in it is not a workflow step
import { step, workflow } from "windmill-client";
import { issueCredit, notifyTeam } from "/f/lib/tasks.ts";

export const main = workflow(async (customerId: string, cents: number) => {
  const credit = await issueCredit(customerId, cents);
  await step("announce", () => notifyTeam("#billing", `credit ${credit.id}`)); // expect: WAC304
  return credit;
});
