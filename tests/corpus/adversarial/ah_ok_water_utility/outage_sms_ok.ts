// SDK: windmill-client 1.818.0 a plain Bun script run by a SCADA webhook: getResource for Twilio, getState / setState (client.d.ts 163, 199) remember which outages were already texted; retries with a broad catch around fetch; no workflow
import * as wmill from "windmill-client";

type Twilio = { accountSid: string; token: string; from: string };
type Outage = { id: string; zone: string; startedAt: string; etaMinutes: number };

const MAX_ATTEMPTS = 3;

function body(o: Outage): string {
  const eta = o.etaMinutes < 90 ? `${o.etaMinutes} min` : `${Math.round(o.etaMinutes / 60)} h`;
  return `Water outage in ${o.zone} since ${o.startedAt.slice(11, 16)}. Estimated restore: ${eta}. Reply STOP to opt out.`;
}

async function sendSms(tw: Twilio, to: string, text: string): Promise<boolean> {
  const auth = btoa(`${tw.accountSid}:${tw.token}`);
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    try {
      const res = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${tw.accountSid}/Messages.json`, {
        method: "POST",
        headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ To: to, From: tw.from, Body: text }),
      });
      if (res.status < 500) return res.ok;
    } catch (e) {
      console.warn(`sms to ${to} attempt ${i + 1}: ${e}`);
    }
    await Bun.sleep(1000 * (i + 1));
  }
  return false;
}

export async function main(outage: Outage, phones: string[], twilio_path: string = "f/water/twilio") {
  const seen = new Set<string>(((await wmill.getState()) as string[] | undefined) ?? []);
  if (seen.has(outage.id)) return { skipped: true, reason: "already notified" };
  const tw = (await wmill.getResource(twilio_path)) as Twilio;
  const text = body(outage);
  let sent = 0;
  for (const phone of phones) if (await sendSms(tw, phone, text)) sent++;
  seen.add(outage.id);
  await wmill.setState([...seen].slice(-500));
  return { sent, failed: phones.length - sent };
}
