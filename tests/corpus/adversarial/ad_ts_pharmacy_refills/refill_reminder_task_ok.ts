// SDK: windmill-client 1.818.0 client.mjs: a task's key is `fn.name` numbered by `_allocKey` (`sendSms`, `sendSms_2`...), stable across replays; the idempotency key is made from inputs inside the task
import { task, sleep, workflow } from "windmill-client";
import twilio from "twilio";

type Patient = { id: string; phone: string; firstName: string; rxIds: string[] };

const TEMPLATE = (p: Patient) =>
  `Hi ${p.firstName}, ${p.rxIds.length} prescription(s) are ready for refill. Reply YES to confirm.`;

const loadPatients = task(async (storeId: string): Promise<Patient[]> => {
  const r = await fetch(`https://api.rxhub.example/v2/stores/${storeId}/refill-candidates`);
  return (await r.json()) as Patient[];
});

const sendSms = task(async (storeId: string, p: Patient) => {
  const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
  const msg = await client.messages.create({
    to: p.phone,
    from: "+15550001111",
    body: TEMPLATE(p),
    statusCallback: `https://api.rxhub.example/v2/sms-status?store=${storeId}&patient=${p.id}`,
  });
  return msg.sid;
});

const readReplies = task(async (storeId: string, patientIds: string[]) => {
  const r = await fetch(`https://api.rxhub.example/v2/stores/${storeId}/sms-replies`, {
    method: "POST",
    body: JSON.stringify({ patientIds }),
  });
  return (await r.json()) as Record<string, "YES" | "NO" | null>;
});

const queueRefill = task(async (patientId: string, rxIds: string[]) => {
  await fetch("https://api.rxhub.example/v2/refills", {
    method: "POST",
    body: JSON.stringify({ patientId, rxIds }),
  });
  return rxIds.length;
});

export const main = workflow(async (storeId: string, waitHours = 4) => {
  const patients = await loadPatients(storeId);
  for (const p of patients) {
    await sendSms(storeId, p);
  }
  await sleep(waitHours * 3600);
  const replies = await readReplies(storeId, patients.map((p) => p.id));
  let queued = 0;
  for (const p of patients) {
    if (replies[p.id] === "YES") queued += await queueRefill(p.id, p.rxIds);
  }
  return { storeId, contacted: patients.length, queued };
});
