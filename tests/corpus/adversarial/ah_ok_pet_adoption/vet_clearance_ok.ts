// SDK: windmill-client 1.818.0 taskScript("./vet_check.ts") (a relative module, client.d.ts 678) called with one args object; a try/finally in the body whose finally only logs; a task that wraps errors in its own class and throws (the body only sees the task's failure); getWorkspace (a constant of the workspace)
import { getWorkspace, task, taskScript, workflow } from "windmill-client";

class ClinicError extends Error {
  constructor(readonly clinic: string, message: string) {
    super(message);
    this.name = "ClinicError";
  }
}

const vetCheck = taskScript("./vet_check.ts", { timeout: 600 });

const clinicRecords = task(async (clinic: string, animalId: string) => {
  try {
    const res = await fetch(`https://${clinic}.vets.example/api/patients/${animalId}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as { spayed: boolean; vaccines: string[]; weightKg: number };
  } catch (e) {
    throw new ClinicError(clinic, `records for ${animalId}: ${(e as Error).message}`);
  }
});

const REQUIRED = ["rabies", "dhpp"];

export const main = workflow(async (animalId: string, clinic: string) => {
  const workspace = getWorkspace();
  console.log(`clearance for ${animalId} in ${workspace}`);
  let verdict: { cleared: boolean; missing: string[] } = { cleared: false, missing: [] };
  try {
    const records = await clinicRecords(clinic, animalId);
    const missing = REQUIRED.filter((v) => !records.vaccines.includes(v));
    if (!records.spayed) missing.push("spay/neuter");
    if (missing.length === 0) {
      const exam = await vetCheck({ animalId, weightKg: records.weightKg });
      verdict = { cleared: Boolean(exam?.passed), missing };
    } else {
      verdict = { cleared: false, missing };
    }
  } finally {
    console.log(`clearance finished for ${animalId}`);
  }
  return { animalId, ...verdict };
});
