// SDK: windmill-client 1.818.0 client.mjs task(): the task returns the serials as decimal strings, which JSON keeps; the body rebuilds the bigints with BigInt(...) after the checkpoint and returns a string count
import { task, step, workflow } from "windmill-client";
import postgres from "postgres";

type SerialBlock = { projectId: string; vintage: number; first: string; last: string };
type Issuance = { projectId: string; vintage: number; tonnes: number };

const REGISTRY_DB = "postgres://registry@db.internal:5432/credits";

const reserveSerials = task(async (req: Issuance): Promise<SerialBlock> => {
  const sql = postgres(REGISTRY_DB);
  try {
    const [row] = await sql`
      update serial_counters set next = next + ${req.tonnes}
      where project_id = ${req.projectId} returning (next - ${req.tonnes})::text as first, (next - 1)::text as last`;
    return { projectId: req.projectId, vintage: req.vintage, first: String(row.first), last: String(row.last) };
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
  let total = 0n;
  for (const req of issuances) {
    if (req.tonnes <= 0) continue;
    const block = await reserveSerials(req);
    const span = BigInt(block.last) - BigInt(block.first) + 1n;
    const { certificate } = await mintCredits(req.projectId, block.first, Number(span));
    certificates.push(certificate);
    total += span;
  }
  const stampedAt = await step("stamped_at", () => new Date().toISOString());
  return { certificates, totalTonnes: total.toString(), stampedAt };
});
