// SDK: windmill-client 1.818.0 a plain script with a Windmill preprocessor (webhook trigger) and main: both read the clock and the SDK freely; no workflow() anywhere, a helper called `step` logs progress
import { getResource, setState, getState } from "windmill-client";

type Lot = { lot: string; item: string; expires: string; qty: number; shelf: string };

let stepNo = 0;
function step(message: string) {
  stepNo += 1;
  console.log(`[${new Date().toISOString()}] step ${stepNo}: ${message}`);
}

export async function preprocessor(event: { kind: string; body?: { warehouse?: string; days?: number } }) {
  if (event.kind !== "webhook") throw new Error(`unexpected trigger ${event.kind}`);
  return { warehouse: event.body?.warehouse ?? "central", days: event.body?.days ?? 3 };
}

export async function main(warehouse: string, days = 3) {
  step(`sweeping ${warehouse} for lots expiring within ${days} days`);
  const inv = await getResource("f/food_bank/inventory_db_api");
  const res = await fetch(`${inv.url}/lots?warehouse=${warehouse}`, { headers: { "X-Api-Key": inv.key } });
  if (!res.ok) throw new Error(`inventory ${res.status}`);
  const lots: Lot[] = await res.json();

  const cutoff = Date.now() + days * 86_400_000;
  const expiring = lots.filter((l) => Date.parse(l.expires) <= cutoff);
  step(`${expiring.length} of ${lots.length} lots expiring`);

  const previous: string[] = (await getState())?.flagged ?? [];
  const fresh = expiring.filter((l) => !previous.includes(l.lot));
  if (fresh.length) {
    const note = await fetch(`${inv.url}/flags`, {
      method: "POST",
      headers: { "X-Api-Key": inv.key, "Content-Type": "application/json" },
      body: JSON.stringify({ lots: fresh.map((l) => l.lot), reason: "expiring" }),
    });
    step(`flag request answered ${note.status}`);
  }
  await setState({ flagged: expiring.map((l) => l.lot), at: new Date().toISOString() });
  return { expiring: expiring.length, newlyFlagged: fresh.map((l) => `${l.item}@${l.shelf}`) };
}
