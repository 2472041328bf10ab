// SDK: windmill-client 1.818.0: StepSuspend is exported and isSuspendSignal matches `instanceof StepSuspend` or name "StepSuspend", so a catch that rethrows it first passes the suspension; step(name, fn) awaits fn() and checkpoints its JSON; Promise.all over task calls awaits them together
import { StepSuspend, step, task, taskScript, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Pairing = { id: string; base: string; legs: string[]; reportLocal: string; fleet: "A320" | "B737" | "E175" };
type Assignment = { pairingId: string; captain: string | null; firstOfficer: string | null; cabin: string[] };

const CREW_API = "https://crew.example-air.com/api/v3";
const PUBLISH_CHUNK = 40;

const legalityCheck = taskScript("f/crew/legality_check", { timeout: 600 });

const loadPairings = task(async (month: string, base: string): Promise<Pairing[]> => {
  const token = await wmill.getVariable("f/crew/api_token");
  const res = await fetch(`${CREW_API}/pairings?month=${month}&base=${base}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`pairings ${res.status}`);
  return (await res.json()) as Pairing[];
});

const assignCrew = task(async (pairing: Pairing): Promise<Assignment> => {
  const res = await fetch(`${CREW_API}/optimizer/assign`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(pairing),
  });
  if (!res.ok) throw new Error(`assign ${pairing.id}: ${res.status}`);
  return (await res.json()) as Assignment;
});

const publishChunk = task(async (month: string, base: string, rows: Assignment[], runId: string) => {
  const res = await fetch(`${CREW_API}/rosters/${month}/${base}`, {
    method: "PUT",
    headers: { "content-type": "application/json", "x-run-id": runId },
    body: JSON.stringify({ rows }),
  });
  if (!res.ok) throw new Error(`publish ${res.status}`);
  return rows.length;
});

const alertScheduler = task(async (base: string, open: string[]) => {
  const hook = await wmill.getVariable("f/crew/scheduler_webhook");
  await fetch(hook, {
    method: "POST",
    body: JSON.stringify({ text: `${base}: ${open.length} pairings without full crew: ${open.join(", ")}` }),
  });
});

function chunk<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function isComplete(a: Assignment, fleet: Pairing["fleet"]): boolean {
  const cabinNeeded = fleet === "E175" ? 2 : 4;
  return Boolean(a.captain && a.firstOfficer) && a.cabin.length >= cabinNeeded;
}

export const main = workflow(async (month: string, base: string, dryRun = false) => {
  const runId = await step("run_id", () => crypto.randomUUID());
  const startedAt = await step("started_at", () => new Date().toISOString());
  const pairings = await loadPairings(month, base);
  const fleetOf = new Map(pairings.map((p) => [p.id, p.fleet] as const));

  const assignments: Assignment[] = [];
  for (const group of chunk(pairings, 10)) {
    const got = await Promise.all(group.map((p) => assignCrew(p)));
    assignments.push(...got);
  }

  let legal: { ok: boolean; violations: string[] };
  try {
    legal = await legalityCheck({ month, base, assignments });
  } catch (err) {
    if (err instanceof StepSuspend) throw err;
    console.warn("legality check failed, publishing nothing", err);
    return { runId, startedAt, published: 0, error: String(err) };
  }
  if (!legal.ok) return { runId, startedAt, published: 0, violations: legal.violations };

  const open = assignments.filter((a) => !isComplete(a, fleetOf.get(a.pairingId) ?? "A320")).map((a) => a.pairingId);
  if (open.length > 0) await alertScheduler(base, open);
  if (dryRun) return { runId, startedAt, published: 0, open };

  let published = 0;
  for (const rows of chunk(assignments, PUBLISH_CHUNK)) {
    published += await publishChunk(month, base, rows, runId);
  }
  console.log(`roster ${month}/${base} published at ${new Date().toISOString()}`);
  return { runId, startedAt, published, open };
});
