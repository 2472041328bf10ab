// SDK: windmill-client 1.818.0 client.mjs exports getVariable/getResource as plain API helpers; inside a task body they run once per task job.
import * as wmill from "windmill-client";
import { step, task, workflow } from "windmill-client";

type Smtp = { host: string; port: number; user: string; password: string };

const sendReminder = task(async (to: string, subject: string) => {
  const smtp = (await wmill.getResource("f/mail/smtp")) as Smtp;
  const token = await wmill.getVariable("f/mail/api_token");
  const res = await fetch(`https://${smtp.host}/api/send`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ to, subject }),
  });
  return res.ok;
});

export const main = workflow(async (emails: string[]) => {
  const subject = await step("subject", () => `Reminder ${new Date().toISOString().slice(0, 10)}`);
  let sent = 0;
  for (const email of emails) {
    if (await sendReminder(email, subject)) sent++;
  }
  return { sent };
});
