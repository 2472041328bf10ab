// Inbound ORU^R01 from the analyzer middleware: parse, file, acknowledge.
import { step, task, taskScript, workflow } from "windmill-client";

const fileResult = task(async (patientId: string, code: string, value: string, unit: string, flag: string) => {
  const res = await fetch("https://lis.stmarys-lab.internal/api/results", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ patientId, code, value, unit, flag }),
  });
  return (await res.json()) as { resultId: string };
});

const sendAck = taskScript("f/lab_ops/hl7_ack");

export const main = workflow(async (raw: string, sourceApp: string = "MIDDLEWARE") => {
  // loaded lazily: only the inbound path needs the HL7 parser
  const hl7 = await import("/f/shared/hl7.ts");
  const msg = hl7.parseOru(raw);
  if (msg.results.length === 0) {
    return { filed: 0, ack: hl7.ack("", "AR") };
  }

  const filed: string[] = [];
  for (const obx of msg.results) {
    const r = await fileResult(msg.patientId, obx.code, obx.value, obx.unit, obx.flag);
    filed.push(r.resultId);
  }

  const control = hl7.controlId(); // expect: WAC102
  await sendAck({ control_id: control });
  const summary = await step("summary", () => `${sourceApp}: ${filed.length} results for ${msg.patientId}`);
  return { filed: filed.length, control, summary };
});
