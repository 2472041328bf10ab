// One-off: re-pull results for the QC-failed run of 12 March and tell the on-call pathologist.
import { runFlow, runScriptByPath } from "windmill-client";
import { SCRIPTS } from "/f/shared/paths.ts";

const ACCESSIONS = ["A26-120011", "A26-120014", "A26-120019"];

export async function main(pathologistId: string, dryRun: boolean = true) {
  const pulled = [];
  for (const accession of ACCESSIONS) {
    pulled.push(await runFlow("f/lab_ops/fetch_results", { accession })); // expect: WAC401
  }
  if (!dryRun) {
    await runScriptByPath(SCRIPTS.pageOncall, { clinicianId: pathologistId, message: `${pulled.length} results re-pulled` }); // expect: WAC402
  }
  return pulled;
}
