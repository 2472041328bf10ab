// Season-pass renewals: for each expiring holder, ask the desk to approve a renewal
// price, issue the new pass, and tell the CRM.
import { step, task, taskScript, waitForApproval, workflow } from "windmill-client";
import { postJson, joinPath } from "../common/index.ts";

const issuePass = taskScript("f/passes/issue_pass", { timeout: 120 });

type Holder = { id: string; name: string; email: string; loyaltyYears: number };

const priceFor = task(async (holder: Holder): Promise<number> => {
  const res = await fetch(`https://pricing.resort.example/renewal/${holder.id}`);
  const { cents } = (await res.json()) as { cents: number };
  return holder.loyaltyYears >= 5 ? Math.round(cents * 0.85) : cents;
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
    const pass = await issuePass({ holder: holder.id, dayz: 180, kind: "season" }); // expect: WAC402
    issued.push(pass.passId);
    await postJson(joinPath("crm", "renewals"), { holder: holder.id, season, pass: pass.passId }); // expect: WAC101
  }
  const total = await step("count", () => issued.length);
  return { season, issued, total };
});
