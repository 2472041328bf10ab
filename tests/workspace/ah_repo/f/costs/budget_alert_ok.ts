// Alert when an account's month-to-date spend crosses its budget.
import { step, taskFlow, taskScript, workflow } from "windmill-client";
import { Flows, Scripts } from "/f/shared/index.ts";

const collectCosts = taskScript(Scripts.collectCosts, { timeout: 900 });
const postStatus = taskScript(Scripts.postStatus);
const escalate = taskFlow(Flows.Escalate);

export const main = workflow(async (budgets: { accountId: string; limit: number }[], month: string) => {
  const breaches: string[] = [];
  for (const { accountId, limit } of budgets) {
    const cost = await collectCosts({ account_id: accountId, month });
    const spent = Number(cost.amount);
    if (spent > limit) {
      breaches.push(`${accountId}: ${spent.toFixed(2)} > ${limit}`);
    }
  }
  if (breaches.length === 0) {
    await postStatus({ channel: "#finops", text: `No budget breach in ${month}` });
    return { breaches };
  }
  const text = await step("text", () => `Budget breaches ${month}:\n${breaches.join("\n")}`);
  await postStatus({ channel: "#finops", text, severity: "warn" });
  if (breaches.length > 2) {
    await escalate({ sev: 3, title: `${breaches.length} budget breaches`, host: "n/a" });
  }
  return { breaches };
});
