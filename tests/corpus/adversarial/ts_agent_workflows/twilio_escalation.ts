// SDK: windmill-client 1.818.0 client.mjs: a task call returns a promise that dispatches the step; a page sent without await is never awaited (the round does not wait for it), so the escalation's SMS may never be recorded.
import twilio from "twilio";
import { sleep, task, workflow } from "windmill-client";

type Tier = { name: string; phones: string[]; waitMinutes: number };

const sendSms = task(async (to: string, body: string) => {
  const client = twilio(Bun.env.TWILIO_SID!, Bun.env.TWILIO_TOKEN!);
  const msg = await client.messages.create({ to, from: Bun.env.TWILIO_FROM!, body });
  return { sid: msg.sid };
});

const isAcknowledged = task(async (incidentId: string) => {
  const r = await fetch(`https://status.example.com/api/incidents/${incidentId}`);
  const body = (await r.json()) as { acknowledged: boolean; by?: string };
  return body;
});

const resolveIncident = task(async (incidentId: string, note: string) => {
  await fetch(`https://status.example.com/api/incidents/${incidentId}/notes`, { method: "POST", body: note });
  return { noted: true };
});

export const main = workflow(async (incidentId: string, summary: string, tiers: Tier[]) => {
  for (const [level, tier] of tiers.entries()) {
    for (const phone of tier.phones) {
      sendSms(phone, `[P1 L${level + 1}] ${summary} - ack at https://status.example.com/i/${incidentId}`); // expect: WAC106
    }
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
