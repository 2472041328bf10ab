import * as wmill from "windmill-client";

export async function main(patient_mrn: string, panel_code: string, specimen: string) {
  const analyzer = await wmill.getResource("f/lab/analyzer_api");
  const res = await fetch(`${analyzer.base_url}/runs`, {
    method: "POST",
    headers: { Authorization: `Bearer ${analyzer.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ mrn: patient_mrn, panel: panel_code, specimen }),
  });
  if (!res.ok) throw new Error(`analyzer answered ${res.status}`);
  const run = await res.json();
  return { run_id: run.id as string, panel: panel_code, flagged: Boolean(run.flagged) };
}
