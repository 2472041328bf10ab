// SDK: windmill-client 1.818.0 client.mjs: the workflow body re-runs every round; node:fs/promises writes and Bun.spawn there run again each time (a CSV appended twice, the fax sent twice).
import fsp from "node:fs/promises";
import { task, step, workflow } from "windmill-client";

type Recall = { patient_id: string; name: string; last_cleaning: string; phone: string };

const dueRecalls = task(async function dueRecalls(clinicId: string, months: number): Promise<Recall[]> {
  const res = await fetch(`https://pms.dentalcloud.internal/api/clinics/${clinicId}/recalls?overdue_months=${months}`);
  return (await res.json()) as Recall[];
});

const faxReport = (path: string) => {
  const proc = Bun.spawn(["sendfax", "--to", "+15550100", path]);
  return proc.exited;
};

export const main = workflow(async (clinic_id: string, months = 6) => {
  const recalls = await dueRecalls(clinic_id, months);
  const csv = ["patient_id,name,last_cleaning,phone", ...recalls.map((r) => `${r.patient_id},${r.name},${r.last_cleaning},${r.phone}`)].join("\n");
  const path = `/tmp/recalls-${clinic_id}.csv`;
  await fsp.appendFile(path, csv + "\n"); // expect: WAC101
  const code = await faxReport(path); // expect: WAC101
  return await step("summary", () => ({ recalls: recalls.length, fax_exit: code }));
});
