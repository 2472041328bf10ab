// SDK: windmill-client 1.818.0 client.mjs: a task runs once as its own job and is replayed from the checkpoint; the file write and the fax run there.
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

const writeAndFax = task(async function writeAndFax(clinicId: string, csv: string) {
  const path = `/tmp/recalls-${clinicId}.csv`;
  await fsp.writeFile(path, csv + "\n");
  const code = await faxReport(path);
  return { path, fax_exit: code };
});

export const main = workflow(async (clinic_id: string, months = 6) => {
  const recalls = await dueRecalls(clinic_id, months);
  const csv = ["patient_id,name,last_cleaning,phone", ...recalls.map((r) => `${r.patient_id},${r.name},${r.last_cleaning},${r.phone}`)].join("\n");
  const sent = await writeAndFax(clinic_id, csv);
  return await step("summary", () => ({ recalls: recalls.length, fax_exit: sent.fax_exit }));
});
