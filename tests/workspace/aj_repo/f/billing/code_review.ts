// Monthly review of billed lab codes: find LOINC results billed without a CPT mapping.
import { runScriptByPath, step, task, taskScript, workflow } from "windmill-client";
import { describe, CPT } from "/f/shared/codes.ts";
import { freshness, loincName } from "/f/shared/loinc.ts";

const consentLookup = taskScript("f/lab_ops/consent_lookup");

const billedLines = task(async (month: string): Promise<{ patientId: string; loinc: string; cpt?: string }[]> => {
  const res = await fetch(`https://billing.stmarys.internal/api/lines?month=${month}`);
  return (await res.json()) as { patientId: string; loinc: string; cpt?: string }[];
});

export const main = workflow(async (month: string, sampleSize: number = 20) => {
  const table = freshness(); // expect: WAC102
  const lines = await billedLines(month);

  const unmapped = lines.filter((l) => !l.cpt && CPT[l.loinc] === undefined);
  const sample = unmapped.slice(0, sampleSize);
  const reviewed = [];
  for (const line of sample) {
    // quality review needs "quality" consent for chart access
    const consent = await consentLookup({ patient_id: line.patientId, purpose: "quality" }); // expect: WAC402
    reviewed.push({ ...line, name: loincName(line.loinc), describe: describe(line.loinc), consent: consent.granted });
  }

  const rebill = await runScriptByPath("f/lab_ops/bill_encounter", { encounter_id: month, cpt_codes: [], payer: "self" }); // expect: WAC101
  const note = await step("note", () => `${unmapped.length} unmapped of ${lines.length} (${table.table})`);
  return { month, reviewed, note, rebill };
});
