// SDK: windmill-client 1.818.0 client.mjs: `encodeCheckpointPayload` keeps strings as they are, so a total computed with bigint but returned as a decimal string replays unchanged
import { task, step, workflow } from "windmill-client";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.PHARMACY_DB_URL });

type Dispense = { ndc: string; schedule: "CII" | "CIII" | "CIV"; micrograms: string };

const loadDispenses = task(async (storeId: string, month: string): Promise<Dispense[]> => {
  const { rows } = await pool.query(
    "select ndc, schedule, micrograms::text as micrograms from dispenses where store_id = $1 and to_char(filled_at, 'YYYY-MM') = $2",
    [storeId, month],
  );
  return rows as Dispense[];
});

const fileArcosReport = task(async (storeId: string, month: string, totals: Record<string, string>) => {
  const r = await fetch("https://arcos.deadiversion.example/api/reports", {
    method: "POST",
    body: JSON.stringify({ registrant: storeId, period: month, totals }),
  });
  return { accepted: r.ok };
});

function sumMilligrams(rows: Dispense[]): string {
  const ug = rows.reduce((acc, r) => acc + BigInt(r.micrograms), 0n);
  return (ug / 1000n).toString();
}

export const main = workflow(async (storeId: string, month: string) => {
  const rows = await loadDispenses(storeId, month);
  const totals: Record<string, string> = await step("totals", () => ({
    CII: sumMilligrams(rows.filter((r) => r.schedule === "CII")),
    CIII: sumMilligrams(rows.filter((r) => r.schedule === "CIII")),
    CIV: sumMilligrams(rows.filter((r) => r.schedule === "CIV")),
  }));
  const filed = await fileArcosReport(storeId, month, totals);
  return { storeId, month, totals, filed };
});
