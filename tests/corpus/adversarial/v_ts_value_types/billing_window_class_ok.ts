// SDK: windmill-client 1.818.0 a task's result is JSON; the body rebuilds the value class from the plain fields, so its methods exist
// Usage billing: the task returns plain fields, the body wraps them again.
import { task, workflow } from "windmill-client";

class BillingWindow {
  constructor(
    public readonly start: string,
    public readonly end: string,
  ) {}

  static from(plain: { start: string; end: string }): BillingWindow {
    return new BillingWindow(plain.start, plain.end);
  }

  contains(isoDay: string): boolean {
    return isoDay >= this.start && isoDay < this.end;
  }
}

const currentWindow = task(async (subscriptionId: string) => {
  const r = await fetch(`https://billing.example.com/subscriptions/${subscriptionId}`);
  const s = (await r.json()) as { period_start: string; period_end: string };
  return { start: s.period_start, end: s.period_end };
});

const usageEvents = task(async (subscriptionId: string) => {
  const r = await fetch(`https://metering.example.com/events?sub=${subscriptionId}`);
  return (await r.json()) as { day: string; units: number }[];
});

export const main = workflow(async (subscriptionId: string) => {
  const window = BillingWindow.from(await currentWindow(subscriptionId));
  const events = await usageEvents(subscriptionId);
  const units = events.filter((e) => window.contains(e.day)).reduce((n, e) => n + e.units, 0);
  return { subscriptionId, units, window: { start: window.start, end: window.end } };
});
