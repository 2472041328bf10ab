// SDK: windmill-client 1.818.0 client.mjs: task results are JSON-decoded; `structuredClone`, `JSON.parse(JSON.stringify(...))` and a `Map` rebuilt in the body from `Object.entries` of a plain object are all plain, deterministic data
import { task, workflow } from "windmill-client";

type Slot = { id: string; row: string; cradle: "standard" | "heavy"; occupiedBy: string | null };

const yardSlots = task(async (yard: string): Promise<Slot[]> => {
  const r = await fetch(`https://yard.portobelo-marina.example/yards/${yard}/slots`);
  return await r.json();
});

const reserveSlot = task(async (slot: string, vessel: string) => {
  await fetch(`https://yard.portobelo-marina.example/slots/${slot}`, {
    method: "PUT",
    body: JSON.stringify({ occupiedBy: vessel }),
  });
});

export const main = workflow(async (yard: string, vessels: { name: string; heavy: boolean }[]) => {
  const slots = await yardSlots(yard);
  const working = structuredClone(slots);
  const snapshot = JSON.parse(JSON.stringify(slots)) as Slot[];
  const byRow = new Map(Object.entries(Object.groupBy(working, (s) => s.row)));
  const placed: Record<string, string> = {};
  for (const v of vessels) {
    const wanted = v.heavy ? "heavy" : "standard";
    rows: for (const [row, list] of byRow) {
      for (const s of list ?? []) {
        if (s.occupiedBy === null && s.cradle === wanted) {
          s.occupiedBy = v.name;
          placed[v.name] = `${row}/${s.id}`;
          await reserveSlot(s.id, v.name);
          break rows;
        }
      }
    }
  }
  const freeBefore = snapshot.filter((s) => s.occupiedBy === null).length;
  return { yard, placed, freeBefore, freeAfter: working.filter((s) => s.occupiedBy === null).length };
});
