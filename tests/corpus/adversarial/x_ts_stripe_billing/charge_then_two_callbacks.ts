// SDK: windmill-client 1.818.0 _nextStep: a pending step's then() ignores its callbacks and throws StepSuspend synchronously; a failed step's then(_resolve, reject) calls reject(TaskError); a completed one calls resolve(value); that `then` returns nothing, so for a failed renewal `outcome` is `undefined` and `outcome.ok` is a TypeError (run against the SDK's WorkflowCtx; red team AE corrected this file, which was `_ok`)
import Stripe from "stripe";
import { task, workflow } from "windmill-client";

type Renewal = { subscriptionId: string; customerEmail: string };

const renew = task(async (subscriptionId: string) => {
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
  const inv = await stripe.invoices.create({ subscription: subscriptionId, auto_advance: true });
  const paid = await stripe.invoices.pay(inv.id!);
  return { invoice: paid.id, status: paid.status };
});

const emailCustomer = task(async (to: string, template: string, data: Record<string, unknown>) => {
  await fetch("https://api.postmarkapp.com/email/withTemplate", {
    method: "POST",
    headers: { "X-Postmark-Server-Token": process.env.POSTMARK_TOKEN!, "Content-Type": "application/json" },
    body: JSON.stringify({ To: to, TemplateAlias: template, TemplateModel: data }),
  });
});

export const main = workflow(async (renewals: Renewal[]) => {
  const report: { id: string; ok: boolean; detail: string }[] = [];
  for (const r of renewals) {
    const outcome = await renew(r.subscriptionId).then( // expect: WAC301
      (res) => ({ ok: res.status === "paid", detail: res.invoice }),
      (err: Error) => ({ ok: false, detail: err.message }),
    );
    if (!outcome.ok) {
      await emailCustomer(r.customerEmail, "renewal-failed", { subscription: r.subscriptionId });
    }
    report.push({ id: r.subscriptionId, ...outcome });
  }
  return report;
});
