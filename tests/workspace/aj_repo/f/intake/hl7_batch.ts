// Nightly batch of ORU files dropped by the reference lab: parse and file each message.
import { parallel, task, taskScript, workflow } from "windmill-client";

const fileResults = task(async (patientId: string, results: { code: string; value: string }[]) => {
  const res = await fetch("https://lis.stmarys-lab.internal/api/results/batch", {
    method: "POST",
    body: JSON.stringify({ patientId, results }),
  });
  return (await res.json()) as { filed: number };
});

const sendAck = taskScript("f/lab_ops/hl7_ack");

export const main = workflow(async (messages: string[]) => {
  const { parseOru, controlId } = await import("../shared/hl7.ts");
  const parsed = messages.map((m) => parseOru(m)).filter((m) => m.results.length > 0);
  const filed = await parallel(parsed, (m) => fileResults(m.patientId, m.results), { concurrency: 4 });
  const batchControl = controlId(); // expect: WAC102
  await sendAck({ control_id: batchControl });
  return { messages: messages.length, filed: filed.reduce((n, f) => n + f.filed, 0), batchControl };
});
