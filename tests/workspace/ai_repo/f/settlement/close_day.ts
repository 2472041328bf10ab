// Close a settlement day for every settlement account, after the cut-off approval.
import { getApprovalUrls, step, task, taskFlow, waitForApproval, workflow } from "windmill-client";
import * as money from "../ts/money.ts";

const dailyClose = taskFlow("f/settlement/daily_close", { timeout: 3600 });

const settlementAccounts = task(async (entity: string): Promise<string[]> => {
  const res = await fetch(`https://treasury.example/entities/${entity}/settlement-accounts`);
  return ((await res.json()) as { id: string }[]).map((a) => a.id).sort();
});

const postToSlack = task(async (text: string, resumeUrl: string) => {
  await fetch("https://hooks.slack.example/services/T000/B000/settlement", {
    method: "POST",
    body: JSON.stringify({ text: `${text}\n<${resumeUrl}|Approve close>` }),
  });
});

export const main = workflow(async (entity: string, businessDate: string, expectedCents: number) => {
  const accounts = await settlementAccounts(entity);
  const urls = await step("approval-urls", () => getApprovalUrls("cutoff"));
  await postToSlack(
    `Close ${businessDate} for ${entity}: ${accounts.length} accounts, expected ${money.formatCents(expectedCents, "EUR")}`,
    urls.resume,
  );
  const answer = await waitForApproval({ key: "cutoff", timeout: 6 * 3600 });
  if (!answer.approved) return { entity, businessDate, closed: [] };

  const closed = [];
  for (const account of accounts) {
    closed.push(await dailyClose({ businessDate, settlementAccount: account })); // expect: WAC402
  }
  return { entity, businessDate, closed };
});
