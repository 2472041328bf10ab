// SDK: windmill-client 1.818.0: a pg Pool built at module level connects lazily and is used only in tasks; a caught error is reduced to its message before being stored; finally only logs
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: "postgres://manifest@db.example-ferry.io/pax", max: 2 });

const loadManifest = task(async (sailingId: string) => {
  const { rows } = await pool.query("select pax_id, name, nationality from manifest where sailing_id = $1 order by pax_id", [sailingId]);
  return rows as { pax_id: string; name: string; nationality: string }[];
});

const pushToBorderAgency = task(async (sailingId: string, batch: { pax_id: string; name: string; nationality: string }[]) => {
  const r = await fetch(`https://border.example.gov/api/manifests/${sailingId}`, {
    method: "POST",
    body: JSON.stringify({ passengers: batch }),
  });
  if (r.status === 422) throw new Error(`rejected batch of ${batch.length}`);
  return { accepted: batch.length };
});

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export const main = workflow(async (sailingId: string, batchSize = 50) => {
  const pax = await loadManifest(sailingId);
  let accepted = 0;
  const errors: string[] = [];
  for (const batch of chunk(pax, batchSize)) {
    try {
      accepted += (await pushToBorderAgency(sailingId, batch)).accepted;
    } catch (err: any) {
      if (err?.name === "StepSuspend") throw err;
      errors.push(String(err?.message ?? err));
    } finally {
      console.log(`sailing ${sailingId}: ${accepted}/${pax.length} accepted so far`);
    }
  }
  return { accepted, total: pax.length, errors };
});
