// SDK: windmill-client 1.818.0 reruns the workflow body each round; a queued callback that only logs changes nothing a replay sees
import { step, task, workflow } from "windmill-client";

const STOP_WORDS = ["stop", "unsubscribe", "cancel", "end", "quit"];

const recordOptOut = task(async (phone: string, keyword: string) => {
  const res = await fetch(`${process.env.CRM_URL}/contacts/opt-out`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": process.env.CRM_KEY! },
    body: JSON.stringify({ phone, keyword }),
  });
  // flush the status board after the CRM answered, inside the task's own job
  queueMicrotask(() => void fetch(`${process.env.STATUS_BOARD}/events`, { method: "POST", body: JSON.stringify({ phone }) }));
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

export const main = workflow(async (from: string, body: string) => {
  const keyword = body.trim().toLowerCase();
  if (!STOP_WORDS.includes(keyword)) {
    return { from, optedOut: false };
  }

  queueMicrotask(() => console.log(`opt-out keyword ${keyword} from ${from.slice(-4)}`));

  const status = await recordOptOut(from, keyword);
  await confirmOptOut(from);
  const summary = await step("summary", () => ({ from, keyword, crmStatus: status }));
  return summary;
});
