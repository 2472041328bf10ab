// SDK: windmill-client 1.818.0 step() runs fn once and checkpoints its JSON result; the neon query is inside the step
import { step, task, workflow } from "windmill-client";
import { neon } from "@neondatabase/serverless";

const sendReminder = task(async (email: string, trialEndsOn: string) => {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "trial-ending", vars: { trialEndsOn } }),
  });
  return email;
});

export const main = workflow(async (databaseUrl: string, day: string) => {
  const sql = neon(databaseUrl);
  const rows = await step("trial_accounts", async () => {
    const result = await sql`select email, trial_ends_on::text as trial_ends_on from accounts where trial_ends_on = ${day}`;
    return result as { email: string; trial_ends_on: string }[];
  });
  const sent: string[] = [];
  for (const r of rows) sent.push(await sendReminder(r.email, r.trial_ends_on));
  return { sent };
});
