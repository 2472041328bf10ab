// SDK: windmill-client 1.818.0 workflow() only marks fn; the body is replayed in each round's process, so Bun.env read there decides per round
import { task, workflow } from "windmill-client";

type Dunning = { invoiceId: string; customerEmail: string; attempt: number };

const sendReminder = task(async (to: string, invoiceId: string, attempt: number) => {
  await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.SENDGRID_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      personalizations: [{ to: [{ email: to }] }],
      from: { email: "billing@example.com" },
      template_id: attempt > 2 ? "d-final" : "d-reminder",
      dynamic_template_data: { invoiceId },
    }),
  });
});

const voidInvoice = task(async (invoiceId: string) => {
  await fetch(`https://api.stripe.com/v1/invoices/${invoiceId}/void`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
  });
});

export const main = workflow(async (d: Dunning) => {
  const dryRun = Bun.env.BILLING_DRY_RUN === "1"; // expect: WAC102
  if (dryRun) {
    return { wouldSend: d.customerEmail, wouldVoid: d.attempt > 3 };
  }
  await sendReminder(d.customerEmail, d.invoiceId, d.attempt);
  if (d.attempt > 3) await voidInvoice(d.invoiceId);
  return { sent: true };
});
