// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; a `catch { }` without a binding swallows it like any other, and the patient is counted as unreachable on every suspension.
import { task, step, workflow } from "windmill-client";

type Patient = { id: string; phone: string; email: string; first_name: string };

const textPatient = task(async function textPatient(p: Patient, msg: string) {
  const res = await fetch("https://sms.gateway.internal/v1/messages", {
    method: "POST",
    body: JSON.stringify({ to: p.phone, body: msg }),
  });
  if (!res.ok) throw new Error(`sms ${res.status}`);
  return (await res.json()) as { sid: string };
});

const emailPatient = task(async function emailPatient(p: Patient, msg: string) {
  await fetch("https://mail.internal/send", { method: "POST", body: JSON.stringify({ to: p.email, text: msg }) });
  return { to: p.email };
});

export const main = workflow(async (patients: Patient[], clinic: string) => {
  const unreachable: string[] = [];
  for (const p of patients) {
    const msg = `Hi ${p.first_name}, it's time for your 6-month check-up at ${clinic}. Reply YES to book.`;
    try {
      await textPatient(p, msg);
    } catch { // expect: WAC202
      unreachable.push(p.id);
    }
  }
  for (const id of unreachable) {
    const p = patients.find((x) => x.id === id)!;
    await emailPatient(p, `Hi ${p.first_name}, we could not reach you by text. Please call ${clinic}.`);
  }
  return await step("report", () => ({ texted: patients.length - unreachable.length, emailed: unreachable.length }));
});
