// SDK: windmill-client 1.818.0 a task's result is the child job's JSON result: a class instance comes back as a plain object without its prototype methods
// Usage billing: the billing window is a small value class with a method.
import { task, workflow } from "windmill-client";

class BillingWindow {
  constructor(
    public readonly start: string,
    public readonly end: string,
  ) {}

  contains(isoDay: string): boolean {
    return isoDay >= this.start && isoDay < this.end;
  }
}

const currentWindow = task(async (subscriptionId: string) => {
  const r = await fetch(`https://billing.example.com/subscriptions/${subscriptionId}`);
  const s = (await r.json()) as { period_start: string; period_end: string };
  return new BillingWindow(s.period_start, s.period_end); // expect: WAC107
});

const usageEvents = task(async (subscriptionId: string) => {
  const r = await fetch(`https://metering.example.com/events?sub=${subscriptionId}`);
  return (await r.json()) as { day: string; units: number }[];
});

const invoice = task(async (subscriptionId: string, units: number) => {
  const r = await fetch(`https://billing.example.com/invoices`, { method: "POST", body: JSON.stringify({ subscriptionId, units }) });
  return (await r.json()) as { invoiceId: string };
});

export const main = workflow(async (subscriptionId: string) => {
  const window = await currentWindow(subscriptionId);
  const events = await usageEvents(subscriptionId);
  const units = events.filter((e) => window.contains(e.day)).reduce((n, e) => n + e.units, 0);
  const { invoiceId } = await invoice(subscriptionId, units);
  return { invoiceId, units };
});
