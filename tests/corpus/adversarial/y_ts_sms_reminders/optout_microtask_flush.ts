// SDK: windmill-client 1.818.0 reruns the workflow body each round; a callback queued with queueMicrotask / setInterval runs in that round too
import { step, task, workflow } from "windmill-client";

const STOP_WORDS = ["stop", "unsubscribe", "cancel", "end", "quit"];

const recordOptOut = task(async (phone: string, keyword: string) => {
  const res = await fetch(`${process.env.CRM_URL}/contacts/opt-out`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": process.env.CRM_KEY! },
    body: JSON.stringify({ phone, keyword }),
  });
  return res.status;
});

const confirmOptOut = task(async (phone: string) => {
  const auth = btoa(`${process.env.TWILIO_SID}:${process.env.TWILIO_TOKEN}`);
  await fetch(`https://api.twilio.com/2010-04-01/Accounts/${process.env.TWILIO_SID}/Messages.json`, {
    method: "POST",
    headers: { authorization: `Basic ${auth}` },
    body: new URLSearchParams({ To: phone, From: process.env.TWILIO_FROM!, Body: "You are unsubscribed. Reply START to rejoin." }),
  });
  return true;
});

function pingStatusBoard(phone: string) {
  void fetch(`${process.env.STATUS_BOARD}/events`, { method: "POST", body: JSON.stringify({ type: "opt_out", phone }) });
}

export const main = workflow(async (from: string, body: string) => {
  const keyword = body.trim().toLowerCase();
  if (!STOP_WORDS.includes(keyword)) {
    return { from, optedOut: false };
  }

  queueMicrotask(() => pingStatusBoard(from)); // expect: WAC101, WAC102
  const heartbeat = setInterval(() => fetch(`${process.env.STATUS_BOARD}/heartbeat`), 10_000); // expect: WAC101, WAC102

  const status = await recordOptOut(from, keyword);
  await confirmOptOut(from);
  clearInterval(heartbeat);
  const summary = await step("summary", () => ({ from, keyword, crmStatus: status }));
  return summary;
});
