// SDK: windmill-client 1.818.0 client.mjs task(): the result crosses JSON; a Temporal.PlainDate's `toJSON` writes its ISO string, so `renewsOn.add(...)` in the body calls a method a string does not have (TypeError).
import { Temporal } from "@js-temporal/polyfill";
import { task, workflow } from "windmill-client";

const nextRenewal = task(async (subscriptionId: string) => {
  const res = await fetch(`https://billing.example.com/subscriptions/${subscriptionId}`);
  const { current_period_end } = (await res.json()) as { current_period_end: string };
  return Temporal.PlainDate.from(current_period_end).add({ days: 1 }); // expect: WAC107
});

const scheduleReminder = task(async (subscriptionId: string, on: string) => {
  await fetch("https://reminders.example.com/schedule", {
    method: "POST",
    body: JSON.stringify({ subscriptionId, on }),
  });
  return on;
});

export const main = workflow(async (subscriptionId: string, daysBefore: number = 7) => {
  const renewsOn = await nextRenewal(subscriptionId);
  const remindOn = renewsOn.subtract({ days: daysBefore });
  return await scheduleReminder(subscriptionId, remindOn.toString());
});
