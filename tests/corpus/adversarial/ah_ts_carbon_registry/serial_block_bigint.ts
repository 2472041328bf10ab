// SDK: windmill-client 1.818.0 client.mjs task(): a task runs as its own job and its result goes through encodeCheckpointPayload, which writes a bigint as its decimal digits; the body gets strings back, so `last - first + 1n` throws (Cannot mix BigInt and other types)
import { task, step, workflow } from "windmill-client";
import postgres from "postgres";

// Ported from a Trigger.dev v3 task: `reserveSerials = task({ id: "reserve-serials", run })`.
// Registry serials are 20+ digits (e.g. 11523000000000045001), past Number.MAX_SAFE_INTEGER.

type SerialBlock = { projectId: string; vintage: number; first: bigint; last: bigint };
type Issuance = { projectId: string; vintage: number; tonnes: number };

const REGISTRY_DB = "postgres://registry@db.internal:5432/credits";

const reserveSerials = task(async (req: Issuance): Promise<SerialBlock> => {
  const sql = postgres(REGISTRY_DB);
  try {
    const [row] = await sql`
      update serial_counters set next = next + ${req.tonnes}
      where project_id = ${req.projectId} returning next - ${req.tonnes} as first, next - 1 as last`;
    return { projectId: req.projectId, vintage: req.vintage, first: BigInt(row.first), last: BigInt(row.last) }; // expect: WAC107
  } finally {
    await sql.end();
  }
});

const mintCredits = task(async (projectId: string, firstSerial: string, count: number) => {
  const res = await fetch(`https://registry.verdant.example/api/mint`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ projectId, firstSerial, count }),
  });
  if (!res.ok) throw new Error(`mint failed: ${res.status}`);
  return (await res.json()) as { certificate: string };
});

export const main = workflow(async (issuances: Issuance[]) => {
  const certificates: string[] = [];
  let totalTonnes = 0;
  for (const req of issuances) {
    if (req.tonnes <= 0) continue;
    const block = await reserveSerials(req);
    const count = Number(block.last - block.first + 1n);
    const { certificate } = await mintCredits(req.projectId, block.first.toString(), count);
    certificates.push(certificate);
    totalTonnes += count;
  }
  const summary = await step("summary", () => ({ certificates, totalTonnes, at: new Date().toISOString() }));
  return summary;
});
