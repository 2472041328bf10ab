// SDK: windmill-client 1.818.0 workflow() replays the body from the top each round; a getter runs whenever it is read
import { task, step, workflow } from "windmill-client";

type Invoice = { id: string; customerId: string; amountCents: number; dueAt: string };

class BillingPeriod {
  constructor(
    private readonly invoice: Invoice,
    private readonly graceDays: number,
  ) {}

  get dueAtMs(): number {
    return Date.parse(this.invoice.dueAt);
  }

  get isOverdue(): boolean {
    // reads the clock each time it is accessed
    return Date.now() > this.dueAtMs + this.graceDays * 86_400_000;
  }
}

const sendDunningEmail = task(async (customerId: string, invoiceId: string) => {
  const res = await fetch("https://mail.internal/dunning", {
    method: "POST",
    body: JSON.stringify({ customerId, invoiceId }),
  });
  return res.status;
});

const suspendAccount = task(async (customerId: string) => {
  const res = await fetch(`https://billing.internal/accounts/${customerId}/suspend`, { method: "POST" });
  return res.ok;
});

export const main = workflow(async (invoice: Invoice, graceDays: number = 7) => {
  const period = new BillingPeriod(invoice, graceDays);
  const recorded = await step("record_check", () => ({ invoiceId: invoice.id }));

  if (period.isOverdue) { // expect: WAC102
    await sendDunningEmail(invoice.customerId, invoice.id);
    await suspendAccount(invoice.customerId);
    return { ...recorded, action: "suspended" };
  }
  return { ...recorded, action: "none" };
});
