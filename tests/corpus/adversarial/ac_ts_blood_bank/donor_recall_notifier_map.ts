// SDK: windmill-client 1.818.0 client.mjs: a task call returns ctx._nextStep(...), a bare { then } object; Map.forEach drops what the callback returns, so the recall notices are dispatched with the next batch but their results and failures are lost
import { task, step, workflow } from "windmill-client";

type Channel = "sms" | "email" | "push";

interface RecallNotice {
  donorId: string;
  unitIds: string[];
  reason: string;
}

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

export const main = workflow(async (notice: RecallNotice, channels: Channel[]) => {
  const q = await quarantineUnits(notice.unitIds, notice.reason);
  const text = await step("compose", () =>
    `We need to follow up on your recent donation (${notice.reason}). Please call 0800 555 0199.`,
  );

  NOTIFIERS.forEach((notify, channel) => {
    if (channels.includes(channel)) notify(notice.donorId, text); // expect: WAC106
  });

  return { donorId: notice.donorId, quarantined: q.quarantined };
});
