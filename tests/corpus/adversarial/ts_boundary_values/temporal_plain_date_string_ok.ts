// SDK: windmill-client 1.818.0 client.mjs task(): the task returns the PlainDate's ISO string and the body rebuilds it with Temporal.PlainDate.from (pure: a date from a string, no clock).
import { Temporal } from "@js-temporal/polyfill";
import { task, workflow } from "windmill-client";

const nextRenewal = task(async (subscriptionId: string) => {
  const res = await fetch(`https://billing.example.com/subscriptions/${subscriptionId}`);
  const { current_period_end } = (await res.json()) as { current_period_end: string };
  return Temporal.PlainDate.from(current_period_end).add({ days: 1 }).toString();
});

const scheduleReminder = task(async (subscriptionId: string, on: string) => {
  await fetch("https://reminders.example.com/schedule", {
    method: "POST",
    body: JSON.stringify({ subscriptionId, on }),
  });
  return on;
});

export const main = workflow(async (subscriptionId: string, daysBefore: number = 7) => {
  const renewsOn = Temporal.PlainDate.from(await nextRenewal(subscriptionId));
  const remindOn = renewsOn.subtract({ days: daysBefore });
  return await scheduleReminder(subscriptionId, remindOn.toString());
});
