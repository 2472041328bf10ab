// SDK: windmill-client 1.818.0 client.mjs: the StepSuspend a task call throws is not a PatientOptedOut, so the guard rethrows it; PatientOptedOut is thrown by the body's own `assertConsent`, in the same round, so `instanceof` holds.
import { task, step, workflow } from "windmill-client";

class PatientOptedOut extends Error {
  constructor(readonly patientId: string) {
    super(`patient ${patientId} opted out of SMS`);
    this.name = "PatientOptedOut";
  }
}

type Patient = { id: string; phone: string; first_name: string; sms_consent: boolean };

function assertConsent(p: Patient): void {
  if (!p.sms_consent) throw new PatientOptedOut(p.id);
}

const textPatient = task(async function textPatient(p: Patient, msg: string) {
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
      assertConsent(p);
      const r = await textPatient(p, `Hi ${p.first_name}, ${clinic} reminds you of your cleaning next week.`);
      sids.push(r.sid);
    } catch (e) {
      if (!(e instanceof PatientOptedOut)) throw e;
      optedOut++;
    }
  }
  return await step("report", () => ({ sent: sids.length, opted_out: optedOut }));
});
