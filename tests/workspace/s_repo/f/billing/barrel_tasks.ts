// SDK: windmill-client 1.818.0 task(); /f/lib/index.ts re-exports the tasks of /f/lib/tasks.ts
// (added after the blind round: tasks reached through a barrel)
import { workflow } from "windmill-client";
import { issueCredit, notifyTeam } from "/f/lib/index.ts";

export const main = workflow(async (customerId: string, cents: number) => {
  let credit: { id: string } | null = null;
  try {
    credit = await issueCredit(customerId, cents);
  } catch (e) { // expect: WAC202
    console.error("credit failed", e);
  }
  notifyTeam("#billing", `credit for ${customerId}`); // expect: WAC106
  await issueCredit(customerId, "500"); // expect: WAC402
  return { credit };
});
