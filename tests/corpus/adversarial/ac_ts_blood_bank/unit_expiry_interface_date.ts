// SDK: windmill-client 1.818.0 client.mjs: a task's result goes through encodeCheckpointPayload (JSON.stringify): the Date fields come back as ISO strings, so `.getTime()` throws on the replayed value
import { task, step, workflow } from "windmill-client";
import postgres from "postgres";

interface PlateletLot {
  unitId: string;
  bloodGroup: "A+" | "A-" | "B+" | "B-" | "AB+" | "AB-" | "O+" | "O-";
  collectedAt: Date;
  expiresAt: Date;
}

const loadLots = task(async (siteId: string): Promise<PlateletLot[]> => {
  const sql = postgres(process.env.BLOODBANK_DB!);
  const rows = await sql`
    select unit_id, blood_group, collected_at, expires_at
    from platelet_units where site_id = ${siteId} and status = 'available'`;
  await sql.end();
  return rows.map((r) => ({ // expect: WAC107
    unitId: r.unit_id,
    bloodGroup: r.blood_group,
    collectedAt: new Date(r.collected_at),
    expiresAt: new Date(r.expires_at),
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

  const expiring = lots.filter((l) => l.expiresAt.getTime() - nowMs < hoursLeft * 3_600_000);
  if (expiring.length === 0) return { siteId, moved: 0 };

  const t = await transferLots(expiring.map((l) => l.unitId), hubSite);
  return { siteId, moved: expiring.length, transferId: t.transferId };
});
