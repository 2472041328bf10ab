// SDK: windmill-client 1.818.0 client.mjs: a catch without a guard also catches the suspension (StepSuspend) of the approval; a Stripe call in the body is sent again each round. Also: taskScript(path, options), task(fn, { timeout, retry: { attempts, delay } }), parallel(items, fn, { concurrency }), Promise.all of task calls, sleep(seconds), getApprovalUrls(key) in step(), waitForApproval({ key, timeout }) resolving to { approved, approver }; a catch whose guard rethrows anything not named "TaskError" lets the suspension through.
/**
 * Invoice dunning workflow (Workflow-as-Code, Bun)
 *
 *  1. load overdue invoices            (taskScript, checkpointed)
 *  2. score each customer              (task, 5 at a time)
 *  3. remind, wait 3 days, remind again (durable sleep)
 *  4. escalate to finance for approval  (waitForApproval)
 */
import {
  getApprovalUrls,
  parallel,
  sleep,
  step,
  task,
  taskScript,
  waitForApproval,
  workflow,
} from "windmill-client";
import Stripe from "stripe";

type Invoice = { id: string; customer: string; amountDue: number; daysOverdue: number };
type Score = { customer: string; risk: "low" | "medium" | "high" };

const DAY = 24 * 60 * 60;
const loadOverdue = taskScript("f/billing/load_overdue", { timeout: 300 });
const sendReminder = taskScript("f/billing/send_reminder");

const stripe = new Stripe(process.env.STRIPE_KEY ?? "", { apiVersion: "2024-06-20" as any });

const score = task(
  async (inv: Invoice): Promise<Score> => {
    const customer = await stripe.customers.retrieve(inv.customer);
    const risk = inv.daysOverdue > 60 ? "high" : inv.daysOverdue > 30 ? "medium" : "low";
    return { customer: (customer as any).id, risk };
  },
  { timeout: 60, retry: { attempts: 2, delay: 10 } },
);

function summarize(scores: Score[]) {
  const byRisk: Record<string, number> = { low: 0, medium: 0, high: 0 };
  for (const s of scores) byRisk[s.risk]++;
  return byRisk;
}

export const main = workflow(async (minDays = 14, financeEmail = "finance@example.com") => {
  const invoices: Invoice[] = await loadOverdue({ minDays });
  if (invoices.length === 0) return { status: "nothing overdue" };

  const scores = await parallel(invoices, score, { concurrency: 5 });
  const byRisk = summarize(scores);
  console.log("risk breakdown", JSON.stringify(byRisk));

  for (const round of [1, 2]) {
    const reminded = await Promise.all(
      invoices.map((inv) => sendReminder({ invoiceId: inv.id, round })),
    );
    console.log(`round ${round}: ${reminded.length} reminders`);
    if (round === 1) await sleep(3 * DAY);
  }

  const high = scores.filter((s) => s.risk === "high");
  if (high.length === 0) return { status: "reminded", byRisk };

  const urls = await step("finance_urls", () => getApprovalUrls("finance"));
  await step("notify_finance", async () => {
    const r = await fetch("https://hooks.example.com/finance", {
      method: "POST",
      body: JSON.stringify({ to: financeEmail, approve: urls.resume, reject: urls.cancel, count: high.length }),
    });
    return r.status;
  });

  const top = await stripe.customers.retrieve(high[0].customer); // expect: WAC101
  try {
    const { approved, approver } = await waitForApproval({ key: "finance", timeout: 7 * DAY });
    return { status: approved ? "escalated" : "held", approver, byRisk, top: top.id };
  } catch (e) { // expect: WAC202
    return { status: "approval failed", reason: String(e) };
  }
});
