// SDK: windmill-client 1.818.0 client.mjs: the task returns ISO strings and the body parses them itself; Date.parse of a checkpointed string gives the same number every replay
import { task, step, workflow } from "windmill-client";
import postgres from "postgres";

interface PlateletLot {
  unitId: string;
  bloodGroup: string;
  expiresAt: string;
}

const loadLots = task(async (siteId: string): Promise<PlateletLot[]> => {
  const sql = postgres(process.env.BLOODBANK_DB!);
  const rows = await sql`
    select unit_id, blood_group, expires_at
    from platelet_units where site_id = ${siteId} and status = 'available'`;
  await sql.end();
  return rows.map((r) => ({
    unitId: String(r.unit_id),
    bloodGroup: String(r.blood_group),
    expiresAt: new Date(r.expires_at).toISOString(),
  }));
});

const transferLots = task(async (unitIds: string[], toSite: string) => {
  const res = await fetch("https://api.hemolink.example/v2/transfers", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ unitIds, toSite }),
  });
  return { transferId: ((await res.json()) as { id: string }).id };
});

export const main = workflow(async (siteId: string, hubSite: string, hoursLeft = 36) => {
  const lots = await loadLots(siteId);
  const nowMs = await step("now", () => Date.now());

  const expiring = lots.filter((l) => Date.parse(l.expiresAt) - nowMs < hoursLeft * 3_600_000);
  const byGroup = Object.groupBy(expiring, (l) => l.bloodGroup);
  if (expiring.length === 0) return { siteId, moved: 0, byGroup };

  const t = await transferLots(expiring.map((l) => l.unitId), hubSite);
  const snapshot = structuredClone({ siteId, lots: expiring });
  return { siteId, moved: expiring.length, transferId: t.transferId, snapshot, groups: Object.keys(byGroup) };
});
