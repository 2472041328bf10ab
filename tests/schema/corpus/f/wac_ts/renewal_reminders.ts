// Subscription renewal reminders at 30, 7 and 1 day(s) before the renewal
// date; the delays are computed from the workflow input only.
import { task, workflow, sleep } from "windmill-client";

const DAY = 86400;

const sendReminder = task(async (customerEmail: string, daysLeft: number, renewalDate: string) => {
  const res = await fetch("https://mail.example/send", {
    method: "POST",
    body: JSON.stringify({ to: customerEmail, template: "renewal_reminder", vars: { days_left: daysLeft, date: renewalDate } }),
  });
  if (!res.ok) throw new Error(`mail: ${res.status}`);
});

const stillActive = task(async (subscriptionId: string): Promise<boolean> => {
  const res = await fetch(`https://billing.example/api/subscriptions/${subscriptionId}`);
  return (await res.json()).status === "active";
});

export const main = workflow(async (subscriptionId: string, customerEmail: string, renewalDate: string, daysUntilRenewal: number) => {
  if (daysUntilRenewal > 30) {
    await sleep((daysUntilRenewal - 30) * DAY);
  }
  await sendReminder(customerEmail, 30, renewalDate);
  await sleep(23 * DAY);
  const active = await stillActive(subscriptionId);
  if (!active) {
    return { status: "cancelled_before_renewal" };
  }
  await sendReminder(customerEmail, 7, renewalDate);
  await sleep(6 * DAY);
  await sendReminder(customerEmail, 1, renewalDate);
  return { status: "reminded" };
});
