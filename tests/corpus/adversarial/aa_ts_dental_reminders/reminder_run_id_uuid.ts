// SDK: windmill-client 1.818.0 client.mjs _allocKey: a step's key is its name; a name built from `crypto.randomUUID()` made in the body is new on every replay, so the checkpoint is never found and the SMS goes out again.
import { task, step, workflow } from "windmill-client";

type Appointment = { id: string; patient_phone: string; starts_at: string; dentist: string };

const loadTomorrow = task(async function loadTomorrow(clinicId: string): Promise<Appointment[]> {
  const res = await fetch(`https://pms.dentalcloud.internal/api/clinics/${clinicId}/appointments?day=tomorrow`);
  return (await res.json()) as Appointment[];
});

async function sendSms(to: string, body: string) {
  const res = await fetch("https://sms.gateway.internal/v1/messages", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to, body }),
  });
  return (await res.json()) as { sid: string };
}

export const main = workflow(async (clinic_id: string, clinic_name: string) => {
  const runId = crypto.randomUUID(); // expect: WAC102
  const appointments = await loadTomorrow(clinic_id);
  const sids: string[] = [];
  for (const appt of appointments) {
    const time = appt.starts_at.slice(11, 16);
    const sent = await step(`sms_${runId}_${appt.id}`, () => // expect: WAC103
      sendSms(appt.patient_phone, `${clinic_name}: reminder of your appointment with Dr ${appt.dentist} tomorrow at ${time}.`),
    );
    sids.push(sent.sid);
  }
  return { run: runId, sent: sids.length };
});
