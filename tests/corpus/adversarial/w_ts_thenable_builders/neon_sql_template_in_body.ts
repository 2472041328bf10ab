// SDK: windmill-client 1.818.0 replays the body each round; @neondatabase/serverless sql`...` runs the query over HTTP when awaited
import { task, workflow } from "windmill-client";
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
  const rows = (await sql`select email, trial_ends_on from accounts where trial_ends_on = ${day}`) as { // expect: WAC101
    email: string;
    trial_ends_on: string;
  }[];
  const sent: string[] = [];
  for (const r of rows) sent.push(await sendReminder(r.email, r.trial_ends_on));
  return { sent };
});
