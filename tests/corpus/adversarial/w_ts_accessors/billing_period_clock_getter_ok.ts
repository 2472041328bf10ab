// SDK: windmill-client 1.818.0 step() checkpoints fn's JSON result; getters over constructor fields are pure
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

  get cutoffMs(): number {
    return this.dueAtMs + this.graceDays * 86_400_000;
  }

  isOverdueAt(nowMs: number): boolean {
    return nowMs > this.cutoffMs;
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
  const checkedAt = await step("checked_at", () => Date.now());

  if (period.isOverdueAt(checkedAt)) {
    await sendDunningEmail(invoice.customerId, invoice.id);
    await suspendAccount(invoice.customerId);
    return { invoiceId: invoice.id, cutoff: period.cutoffMs, action: "suspended" };
  }
  return { invoiceId: invoice.id, cutoff: period.cutoffMs, action: "none" };
});
