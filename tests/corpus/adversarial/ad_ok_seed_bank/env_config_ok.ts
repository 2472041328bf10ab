// SDK: windmill-client 1.818.0 a module-level constant from process.env used only inside tasks; the workflow body does not read it
import { task, workflow } from "windmill-client";

const LIMS_URL = process.env.LIMS_URL ?? "https://lims.seedbank.example";
const TOKEN_PATH = Bun.env.LIMS_TOKEN_PATH ?? "f/seedbank/lims_token";

const fetchMoisture = task(async (accession: string): Promise<number> => {
  const res = await fetch(`${LIMS_URL}/accessions/${accession}/moisture`, { headers: { "x-token-path": TOKEN_PATH } });
  return ((await res.json()) as { percent: number }).percent;
});

const scheduleDrying = task(async (accession: string, target: number) => {
  const res = await fetch(`${LIMS_URL}/drying`, { method: "POST", body: JSON.stringify({ accession, target }) });
  return ((await res.json()) as { batch: string }).batch;
});

export const main = workflow(async (accessions: string[], targetPercent = 6) => {
  const batches: Record<string, string> = {};
  for (const accession of accessions) {
    const moisture = await fetchMoisture(accession);
    if (moisture > targetPercent) batches[accession] = await scheduleDrying(accession, targetPercent);
  }
  return batches;
});
