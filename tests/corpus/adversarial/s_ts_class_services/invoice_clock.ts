// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round: the clock read differs between rounds), task()
import { task, workflow } from "windmill-client";

interface Clock {
  now(): Date;
}

class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

interface Invoice {
  id: string;
  customerId: string;
  dueDate: string;
  amountCents: number;
  paid: boolean;
}

class DunningPolicy {
  constructor(private readonly clock: Clock = new SystemClock()) {}

  daysOverdue(invoice: Invoice): number {
    const due = new Date(invoice.dueDate).getTime();
    return Math.floor((this.clock.now().getTime() - due) / 86_400_000);
  }

  stage(invoice: Invoice): "none" | "reminder" | "final" | "suspend" {
    if (invoice.paid) return "none";
    const days = this.daysOverdue(invoice);
    if (days > 30) return "suspend";
    if (days > 14) return "final";
    return days > 0 ? "reminder" : "none";
  }
}

const openInvoices = task(async (customerId: string): Promise<Invoice[]> => {
  const res = await fetch(`https://billing.internal/customers/${customerId}/invoices?status=open`);
  return (await res.json()) as Invoice[];
});

const sendDunning = task(async (invoiceId: string, stage: string) => {
  await fetch(`https://billing.internal/invoices/${invoiceId}/dunning`, {
    method: "POST",
    body: JSON.stringify({ stage }),
  });
  return stage;
});

export const main = workflow(async (customerId: string) => {
  const policy = new DunningPolicy();
  const invoices = await openInvoices(customerId);
  const sent: Record<string, string> = {};
  for (const invoice of invoices) {
    const stage = policy.stage(invoice); // expect: WAC102
    if (stage !== "none") sent[invoice.id] = await sendDunning(invoice.id, stage);
  }
  return sent;
});
