// SDK: windmill-client 1.818.0 client.mjs taskErrorFromMarker: a task's failure reaches the body as the SDK's TaskError built from the child job's error, never as the task's own `PatientOptedOut` class, so the handler below never runs and the loop fails on the first opted-out patient.
import { task, step, workflow } from "windmill-client";

class PatientOptedOut extends Error {
  constructor(readonly patientId: string) {
    super(`patient ${patientId} opted out of SMS`);
    this.name = "PatientOptedOut";
  }
}

type Patient = { id: string; phone: string; first_name: string };

const textPatient = task(async function textPatient(p: Patient, msg: string) {
  const consent = await fetch(`https://pms.dentalcloud.internal/api/patients/${p.id}/consent`).then((r) => r.json());
  if (!consent.sms) throw new PatientOptedOut(p.id);
  const res = await fetch("https://sms.gateway.internal/v1/messages", {
    method: "POST",
    body: JSON.stringify({ to: p.phone, body: msg }),
  });
  return (await res.json()) as { sid: string };
});

export const main = workflow(async (patients: Patient[], clinic: string) => {
  let optedOut = 0;
  const sids: string[] = [];
  for (const p of patients) {
    try {
      const r = await textPatient(p, `Hi ${p.first_name}, ${clinic} reminds you of your cleaning next week.`);
      sids.push(r.sid);
    } catch (e) {
      if (!(e instanceof PatientOptedOut)) throw e; // expect: WAC204
      optedOut++;
    }
  }
  return await step("report", () => ({ sent: sids.length, opted_out: optedOut }));
});
