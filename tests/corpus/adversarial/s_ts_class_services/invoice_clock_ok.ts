// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (the captured time is replayed), task()
import { step, task, workflow } from "windmill-client";

interface Clock {
  now(): Date;
}

class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

class FixedClock implements Clock {
  constructor(private readonly iso: string) {}
  now(): Date {
    return new Date(this.iso);
  }
}

interface Invoice {
  id: string;
  dueDate: string;
  paid: boolean;
}

class DunningPolicy {
  constructor(private readonly clock: Clock = new SystemClock()) {}

  stage(invoice: Invoice): "none" | "reminder" | "final" | "suspend" {
    if (invoice.paid) return "none";
    const days = Math.floor((this.clock.now().getTime() - new Date(invoice.dueDate).getTime()) / 86_400_000);
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
  const asOf = await step("as_of", () => new Date().toISOString());
  const policy = new DunningPolicy(new FixedClock(asOf));
  const invoices = await openInvoices(customerId);
  const sent: Record<string, string> = {};
  for (const invoice of invoices) {
    const stage = policy.stage(invoice);
    if (stage !== "none") sent[invoice.id] = await sendDunning(invoice.id, stage);
  }
  return { asOf, sent };
});
