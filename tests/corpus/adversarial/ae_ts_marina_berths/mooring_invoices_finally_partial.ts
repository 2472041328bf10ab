// SDK: windmill-client 1.818.0 client.mjs: the suspension is a `StepSuspend` thrown through the loop; a `return` inside `finally` replaces the throw, so the round completes with a partial summary and the remaining invoices are never sent
import { task, workflow } from "windmill-client";

type Berth = { berth: string; holder: string; email: string; monthlyCents: number };

const issueInvoice = task(async (b: Berth, period: string) => {
  const r = await fetch("https://billing.portobelo-marina.example/invoices", {
    method: "POST",
    body: JSON.stringify({ customer: b.holder, amountCents: b.monthlyCents, period, memo: `Berth ${b.berth}` }),
  });
  if (!r.ok) throw new Error(`invoice for ${b.berth}: ${r.status}`);
  return (await r.json()).invoiceId as string;
});

const emailInvoice = task(async (email: string, invoiceId: string) => {
  await fetch("https://mail.portobelo-marina.example/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "mooring-invoice", invoiceId }),
  });
});

export const main = workflow(async (berths: Berth[], period: string) => {
  const sent: string[] = [];
  const failed: string[] = [];
  try {
    for (const b of berths) {
      if (b.monthlyCents <= 0) continue;
      const invoiceId = await issueInvoice(b, period);
      await emailInvoice(b.email, invoiceId);
      sent.push(b.berth);
    }
  } finally {
    if (sent.length < berths.length) {
      return { period, sent, failed, partial: true }; // expect: WAC203
    }
  }
  return { period, sent, failed, partial: false };
});
