// SDK: windmill-client 1.818.0 client.mjs: the same escalation written correctly: the pages of a tier dispatched together and awaited with Promise.all, the SDK's sleep between tiers.
import twilio from "twilio";
import { sleep, task, workflow } from "windmill-client";

type Tier = { name: string; phones: string[]; waitMinutes: number };

const sms = twilio(Bun.env.TWILIO_SID ?? "AC0", Bun.env.TWILIO_TOKEN ?? "0");

const sendSms = task(async (to: string, body: string) => {
  const msg = await sms.messages.create({ to, from: Bun.env.TWILIO_FROM!, body });
  return { sid: msg.sid };
});

const isAcknowledged = task(async (incidentId: string) => {
  const r = await fetch(`https://status.example.com/api/incidents/${incidentId}`);
  return (await r.json()) as { acknowledged: boolean; by?: string };
});

const resolveIncident = task(async (incidentId: string, note: string) => {
  await fetch(`https://status.example.com/api/incidents/${incidentId}/notes`, { method: "POST", body: note });
  return { noted: true };
});

export const main = workflow(async (incidentId: string, summary: string, tiers: Tier[]) => {
  for (const [level, tier] of tiers.entries()) {
    const text = `[P1 L${level + 1}] ${summary} - ack at https://status.example.com/i/${incidentId}`;
    await Promise.all(tier.phones.map((phone) => sendSms(phone, text)));
    await sleep(tier.waitMinutes * 60);
    const ack = await isAcknowledged(incidentId);
    if (ack.acknowledged) {
      await resolveIncident(incidentId, `acknowledged by ${ack.by} at tier ${tier.name}`);
      return { acknowledgedAt: tier.name, by: ack.by };
    }
  }
  await resolveIncident(incidentId, "no acknowledgement after all tiers");
  return { acknowledgedAt: null };
});
