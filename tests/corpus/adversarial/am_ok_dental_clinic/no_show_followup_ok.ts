// SDK: windmill-client 1.818.0: a catch that rethrows when `e instanceof StepSuspend || !(e instanceof Error)` before handling; a .catch() on fetch inside a task body is not around a durable call
import { StepSuspend, step, task, workflow } from "windmill-client";

type Appt = { id: string; patientId: string; phone: string; at: string };

const noShows = task(async (clinic: string, day: string): Promise<Appt[]> => {
  const r = await fetch(`https://pms.example-smile.io/${clinic}/appointments?day=${day}&status=no_show`);
  return r.ok ? await r.json() : [];
});

const textPatient = task(async (phone: string, body: string) => {
  const r = await fetch("https://sms.example-smile.io/send", { method: "POST", body: JSON.stringify({ phone, body }) }).catch(() => null);
  if (!r || !r.ok) throw new Error(`sms to ${phone} failed`);
  return true;
});

const chargeFee = task(async (patientId: string, apptId: string, cents: number) => {
  const r = await fetch(`https://billing.example-smile.io/patients/${patientId}/charges`, {
    method: "POST",
    body: JSON.stringify({ apptId, cents, reason: "no_show" }),
  });
  return r.ok;
});

const NO_SHOW_FEE_CENTS = 2500;

export const main = workflow(async (clinic: string, day: string, chargeRepeat = true) => {
  const appts = await noShows(clinic, day);
  const counts: Record<string, number> = {};
  for (const a of appts) counts[a.patientId] = (counts[a.patientId] ?? 0) + 1;
  let texted = 0;
  const problems: string[] = [];
  for (const a of appts) {
    try {
      await textPatient(a.phone, `We missed you on ${a.at.slice(0, 10)}. Reply to rebook.`);
      texted++;
    } catch (e) {
      if (e instanceof StepSuspend || !(e instanceof Error)) throw e;
      problems.push(e.message);
    }
    if (chargeRepeat && counts[a.patientId] > 1) {
      await chargeFee(a.patientId, a.id, NO_SHOW_FEE_CENTS);
    }
  }
  const report = await step("report", () => ({ day, noShows: appts.length, texted, problems: problems.length }));
  return report;
});
