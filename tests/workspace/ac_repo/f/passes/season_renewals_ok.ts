// Season-pass renewals: the CRM is told from a task.
import { step, task, taskScript, waitForApproval, workflow } from "windmill-client";
import { postJson, joinPath } from "../common/index.ts";

const issuePass = taskScript("f/passes/issue_pass", { timeout: 120 });

type Holder = { id: string; name: string; email: string; loyaltyYears: number };

const priceFor = task(async (holder: Holder): Promise<number> => {
  const res = await fetch(`https://pricing.resort.example/renewal/${holder.id}`);
  const { cents } = (await res.json()) as { cents: number };
  return holder.loyaltyYears >= 5 ? Math.round(cents * 0.85) : cents;
});

const tellCrm = task(async (holder: string, season: string, passId: string) => {
  return postJson(joinPath("crm", "renewals"), { holder, season, pass: passId });
});

export const main = workflow(async (season: string, holders: Holder[]) => {
  const issued: string[] = [];
  for (const holder of holders) {
    const cents = await priceFor(holder);
    if (cents > 120000) {
      const answer = await waitForApproval({
        timeout: 86400,
        description: `Renewal of ${holder.name} at ${cents / 100} USD`,
      });
      if (!answer.approved) continue;
    }
    const pass = await issuePass({ holder: holder.id, days: 180, kind: "season", email: holder.email });
    issued.push(pass.passId);
    await tellCrm(holder.id, season, pass.passId);
  }
  const total = await step("count", () => issued.length);
  return { season, issued, total };
});
