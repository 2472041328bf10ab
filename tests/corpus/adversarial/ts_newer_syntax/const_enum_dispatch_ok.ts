// SDK: windmill-client 1.818.0 client.mjs: a `const enum` is inlined to literals; `switch (true)`, `satisfies`, `??=` on a local memo and a labelled loop only decide which task runs from inputs and task results, the same every replay.
import { task, workflow } from "windmill-client";

const enum Channel {
  Email = "email",
  Sms = "sms",
  Push = "push",
}

type Alert = { userId: string; severity: number; channels: Channel[] };

const LIMITS = {
  critical: 8,
  warning: 4,
} as const satisfies Record<string, number>;

const sendEmail = task(async (userId: string, text: string) => {
  await fetch("https://mail.example.com/send", { method: "POST", body: JSON.stringify({ userId, text }) });
  return "email";
});

const sendSms = task(async (userId: string, text: string) => {
  await fetch("https://sms.example.com/send", { method: "POST", body: JSON.stringify({ userId, text }) });
  return "sms";
});

const sendPush = task(async (userId: string, text: string) => {
  await fetch("https://push.example.com/send", { method: "POST", body: JSON.stringify({ userId, text }) });
  return "push";
});

const optedIn = task(async (userId: string, channel: string) => {
  const res = await fetch(`https://prefs.example.com/${userId}/${channel}`);
  return ((await res.json()) as { enabled: boolean }).enabled;
});

export const main = workflow(async (alerts: Alert[]) => {
  const prefs: Record<string, boolean> = {};
  const sent: string[] = [];
  outer: for (const alert of alerts) {
    const text = (() => {
      switch (true) {
        case alert.severity >= LIMITS.critical:
          return "CRITICAL";
        case alert.severity >= LIMITS.warning:
          return "warning";
        default:
          return "info";
      }
    })();
    for (const channel of alert.channels) {
      prefs[`${alert.userId}:${channel}`] ??= await optedIn(alert.userId, channel);
      if (!prefs[`${alert.userId}:${channel}`]) continue;
      switch (channel) {
        case Channel.Email:
          sent.push(await sendEmail(alert.userId, text));
          break;
        case Channel.Sms:
          sent.push(await sendSms(alert.userId, text));
          break;
        case Channel.Push:
          sent.push(await sendPush(alert.userId, text));
          continue outer;
      }
    }
  }
  return { sent };
});
