// Publish a verified panel: FHIR bundle to the EHR, page the orderer if anything is flagged.
import { step, task, workflow } from "windmill-client";
import * as fhir from "/f/shared/fhir.ts";
import notify from "/f/shared/notify.ts";
import { describe } from "/f/shared/codes.ts";
import { postBundle } from "/f/shared/tasks.ts";

type Row = { loinc: string; value: number; unit: string; flag: "N" | "H" | "L" | "HH" | "LL" };

const fetchPanel = task(async (accession: string): Promise<Row[]> => {
  const res = await fetch(`https://lis.stmarys-lab.internal/api/accessions/${accession}/results`);
  return ((await res.json()) as { rows: Row[] }).rows;
});

export const main = workflow(async (accession: string, orderingClinician: string) => {
  const rows = await fetchPanel(accession);
  const observations = rows.map((r) => fhir.observation(accession, r.loinc, r.value, r.unit));

  const receipt = await postBundle(fhir.bundle(observations));

  const flagged = rows.filter((r) => r.flag !== "N");
  if (flagged.length > 0) {
    const text = notify.render("Flagged results on {acc}: {list}", {
      acc: accession,
      list: flagged.map((r) => `${describe(r.loinc)} ${r.value}${r.unit} (${r.flag})`).join(", "),
    });
    await step("page_orderer", () => notify.page(orderingClinician, text, "urgent"));
  }
  return { accession, bundleId: receipt.id, flagged: flagged.length };
});
