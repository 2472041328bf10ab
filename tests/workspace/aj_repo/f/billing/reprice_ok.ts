// Re-price an encounter's results after a fee-schedule change, then re-run the claims batch.
import { step, taskFlow, taskScript, workflow } from "windmill-client";
import { Flows, SCRIPTS } from "/f/shared/paths.ts";
import { CPT, describe } from "/f/shared/codes.ts";

const fetchResults = taskScript(SCRIPTS.fetchResults);
const claims = taskFlow(Flows.Claims);

export const main = workflow(async (encounterId: string, accessions: string[], payer: string) => {
  let cents = 0;
  const lines: string[] = [];
  for (const accession of accessions) {
    const r = await fetchResults({ accession, include_preliminary: false });
    for (const obs of r.observations as { loinc: string }[]) {
      const row = CPT[obs.loinc];
      if (!row) continue;
      cents += row.cents;
      lines.push(describe(obs.loinc));
    }
  }
  const batch = await claims({ encounter_ids: [encounterId], payer });
  const summary = await step("summary", () => `${lines.length} lines, ${(cents / 100).toFixed(2)} USD`);
  return { encounterId, lines, summary, batch };
});
