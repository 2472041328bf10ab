// SDK: windmill-client 1.818.0 client.mjs: `forEach` drops the promise `limit(...)` returns; p-limit awaits the task thenable inside its own queue, so the suspension it raises rejects a promise nobody awaits and the body goes on to mark the recall as notified
import { task, step, workflow } from "windmill-client";
import pLimit from "p-limit";

type Affected = { patientId: string; phone: string; ndc: string; lot: string };

const findAffected = task(async (ndc: string, lots: string[]): Promise<Affected[]> => {
  const r = await fetch("https://api.rxhub.example/v2/recalls/affected", {
    method: "POST",
    body: JSON.stringify({ ndc, lots }),
  });
  return (await r.json()) as Affected[];
});

const callPatient = task(async (a: Affected, script: string) => {
  const r = await fetch("https://voice.ivr-cloud.example/calls", {
    method: "POST",
    body: JSON.stringify({ to: a.phone, script, metadata: { patientId: a.patientId, lot: a.lot } }),
  });
  return (await r.json()).callId as string;
});

const markRecallNotified = task(async (recallId: string, count: number) => {
  await fetch(`https://api.rxhub.example/v2/recalls/${recallId}`, {
    method: "PATCH",
    body: JSON.stringify({ state: "patients_notified", count }),
  });
});

export const main = workflow(async (recallId: string, ndc: string, lots: string[]) => {
  const affected = await findAffected(ndc, lots);
  const script = `This is your pharmacy. A medication you received (NDC ${ndc}) has been recalled. Please call us.`;
  const limit = pLimit(5);
  affected.forEach((a) => limit(() => callPatient(a, script))); // expect: WAC106
  await markRecallNotified(recallId, affected.length);
  return await step("done", () => ({ recallId, patients: affected.length }));
});
