// SDK: windmill-client 1.818.0 client.mjs: tasks kept in a Map and iterated with for...of are awaited one by one; Map iteration follows insertion order, so the step keys are the same every replay
import { task, step, workflow } from "windmill-client";

type Channel = "sms" | "email" | "push";

const BASE = "https://api.hemolink.example/v2";

const smsDonor = task(async (donorId: string, text: string) => {
  const res = await fetch(`${BASE}/sms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ donorId, text }),
  });
  return { channel: "sms", status: res.status };
});

const emailDonor = task(async (donorId: string, text: string) => {
  const res = await fetch(`${BASE}/mail`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ donorId, subject: "Donation follow-up", text }),
  });
  return { channel: "email", status: res.status };
});

const pushDonor = task(async (donorId: string, text: string) => {
  const res = await fetch(`${BASE}/push`, { method: "POST", body: JSON.stringify({ donorId, text }) });
  return { channel: "push", status: res.status };
});

const NOTIFIERS = new Map<Channel, typeof smsDonor>([
  ["sms", smsDonor],
  ["email", emailDonor],
  ["push", pushDonor],
]);

const quarantineUnits = task(async (unitIds: string[], reason: string) => {
  const res = await fetch(`${BASE}/inventory/quarantine`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ unitIds, reason }),
  });
  return (await res.json()) as { quarantined: number };
});

export const main = workflow(async (donorId: string, unitIds: string[], reason: string, channels: Channel[]) => {
  const q = await quarantineUnits(unitIds, reason);
  const text = await step("compose", () => `We need to follow up on your recent donation (${reason}).`);

  const sent: { channel: string; status: number }[] = [];
  for (const [channel, notify] of NOTIFIERS) {
    if (!channels.includes(channel)) continue;
    sent.push(await notify(donorId, text));
  }

  const everywhere = await Promise.all([...NOTIFIERS.values()].map((notify) => notify(donorId, "Thank you")));

  return { donorId, quarantined: q.quarantined, sent, thanked: everywhere.length };
});
