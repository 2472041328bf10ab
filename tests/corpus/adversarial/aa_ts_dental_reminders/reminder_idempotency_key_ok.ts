// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the UUID is made once inside a step and replayed from the checkpoint; the step names are literals, so keys are stable.
import { task, step, workflow } from "windmill-client";

type Appointment = { id: string; patient_phone: string; starts_at: string; dentist: string };

const loadTomorrow = task(async function loadTomorrow(clinicId: string): Promise<Appointment[]> {
  const res = await fetch(`https://pms.dentalcloud.internal/api/clinics/${clinicId}/appointments?day=tomorrow`);
  return (await res.json()) as Appointment[];
});

const sendBatch = task(async function sendBatch(batchKey: string, messages: { to: string; body: string }[]) {
  const res = await fetch("https://sms.gateway.internal/v1/batches", {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": batchKey },
    body: JSON.stringify({ messages }),
  });
  return (await res.json()) as { accepted: number };
});

export const main = workflow(async (clinic_id: string, clinic_name: string) => {
  const batchKey = await step("batch_key", () => crypto.randomUUID());
  const appointments = await loadTomorrow(clinic_id);
  const messages = appointments.map((appt) => ({
    to: appt.patient_phone,
    body: `${clinic_name}: reminder of your appointment with Dr ${appt.dentist} tomorrow at ${appt.starts_at.slice(11, 16)}.`,
  }));
  const res = await sendBatch(batchKey, messages);
  return { batch: batchKey, accepted: res.accepted };
});
