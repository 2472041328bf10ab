// SDK: windmill-client 1.818.0 client.mjs: `encodeCheckpointPayload` writes a bigint as its decimal string, so the step hands back a string and the `typeof ... === "bigint"` branch never runs
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

function sumMicrograms(rows: Dispense[]): bigint {
  return rows.reduce((acc, r) => acc + BigInt(r.micrograms), 0n);
}

export const main = workflow(async (storeId: string, month: string) => {
  const rows = await loadDispenses(storeId, month);
  const ug = await step("totals", () => ({
    CII: sumMicrograms(rows.filter((r) => r.schedule === "CII")), // expect: WAC107
    CIII: sumMicrograms(rows.filter((r) => r.schedule === "CIII")), // expect: WAC107
    CIV: sumMicrograms(rows.filter((r) => r.schedule === "CIV")), // expect: WAC107
  }));
  const totals: Record<string, string> = {};
  for (const [schedule, total] of Object.entries(ug)) {
    if (typeof total === "bigint") { // expect: WAC107
      totals[schedule] = (total / 1000n).toString();
    } else {
      totals[schedule] = "0";
    }
  }
  const filed = await fileArcosReport(storeId, month, totals);
  return { storeId, month, totals, filed };
});
