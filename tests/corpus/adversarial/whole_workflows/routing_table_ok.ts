// SDK: windmill-client 1.818.0 client.mjs: a task wrapper is a plain function, so picking one from an object or a ternary and awaiting it dispatches the same step; `return Promise.all(...)` resolves before the workflow completes.
import { sleep, step, task, workflow } from "windmill-client";

type Channel = "email" | "sms" | "push";
type Notice = { userId: string; channel: Channel; text: string; urgent?: boolean };

const sendEmail = task(async (userId: string, text: string) => {
  await fetch("https://mail.internal/send", { method: "POST", body: JSON.stringify({ userId, text }) });
  return "email";
});

const sendSms = task(async (userId: string, text: string) => {
  await fetch("https://api.twilio.com/2010-04-01/Messages.json", { method: "POST", body: new URLSearchParams({ To: userId, Body: text }) });
  return "sms";
});

const sendPush = task(async (userId: string, text: string) => {
  await fetch("https://fcm.googleapis.com/fcm/send", { method: "POST", body: JSON.stringify({ to: userId, notification: { body: text } }) });
  return "push";
});

const SENDERS: Record<Channel, typeof sendEmail> = { email: sendEmail, sms: sendSms, push: sendPush };

function quietHoursDelay(urgent: boolean | undefined, hourUtc: number): number {
  if (urgent) return 0;
  return hourUtc >= 22 || hourUtc < 7 ? ((31 - hourUtc) % 24) * 3600 : 0;
}

export const main = workflow(async (notices: Notice[]) => {
  const hour = await step("hour_utc", () => new Date().getUTCHours());
  const delay = quietHoursDelay(notices.some((n) => n.urgent), hour);
  if (delay > 0) {
    await sleep(delay);
  }

  const urgent = notices.filter((n) => n.urgent);
  for (const notice of urgent) {
    const send = notice.channel === "sms" ? sendSms : SENDERS[notice.channel];
    await send(notice.userId, notice.text);
  }

  const rest = notices.filter((n) => !n.urgent);
  return Promise.all(rest.map((n) => SENDERS[n.channel](n.userId, n.text)));
});
