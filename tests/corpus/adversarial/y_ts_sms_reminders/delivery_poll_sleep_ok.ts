// SDK: windmill-client 1.818.0 sleep(seconds) suspends server-side and is keyed sleep, sleep_2, ... in call order
import { sleep, task, workflow } from "windmill-client";

type MessageStatus = "queued" | "sent" | "delivered" | "undelivered" | "failed";

const sendSms = task(async (to: string, body: string): Promise<string> => {
  const auth = btoa(`${process.env.TWILIO_SID}:${process.env.TWILIO_TOKEN}`);
  const form = new URLSearchParams({ To: to, From: process.env.TWILIO_FROM!, Body: body });
  const res = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${process.env.TWILIO_SID}/Messages.json`, {
    method: "POST",
    headers: { authorization: `Basic ${auth}`, "content-type": "application/x-www-form-urlencoded" },
    body: form,
  });
  const json = (await res.json()) as { sid: string };
  return json.sid;
});

const messageStatus = task(async (sid: string): Promise<MessageStatus> => {
  const auth = btoa(`${process.env.TWILIO_SID}:${process.env.TWILIO_TOKEN}`);
  const res = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${process.env.TWILIO_SID}/Messages/${sid}.json`, {
    headers: { authorization: `Basic ${auth}` },
  });
  return ((await res.json()) as { status: MessageStatus }).status;
});

const POLL_INTERVAL_S = 45;
const terminal = new Set<MessageStatus>(["delivered", "failed", "undelivered"]);

export const main = workflow(async (phone: string, text: string) => {
  const sid = await sendSms(phone, text);

  let status: MessageStatus = "queued";
  for (let attempt = 0; attempt < 8; attempt++) {
    status = await messageStatus(sid);
    if (terminal.has(status)) break;
    await sleep(POLL_INTERVAL_S);
  }

  return { sid, status };
});
