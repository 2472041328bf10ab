// SDK: windmill-client 1.818.0: parallel(items, fn, {concurrency}) maps fn in batches in the body; fn here is a task
import { parallel, step, task, workflow } from "windmill-client";

type Diver = { id: string; certified: readonly string[] };
type Slot = { show: string; at: string; tank: string };

const SHOWS = ["feeding-talk", "kelp-dive", "shark-encounter"] as const satisfies readonly string[];
type Show = (typeof SHOWS)[number];

type SlotKey<S extends Show> = `${S}@${string}`;

const assignDiver = task(async (slot: Slot, diverId: string) => {
  const res = await fetch("https://roster.example-aquarium.org/api/assign", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...slot, diverId }),
  });
  if (!res.ok) throw new Error(`assign failed: ${res.status}`);
  return (await res.json()) as { assignmentId: string };
});

function slotKey<S extends Show>(show: S, at: string): SlotKey<S> {
  return `${show}@${at}`;
}

function pickDiver(slot: Slot, divers: Diver[], used: Set<string>): Diver | undefined {
  return divers
    .filter((d) => d.certified.includes(slot.tank) && !used.has(d.id))
    .sort((a, b) => a.id.localeCompare(b.id, "en"))[0];
}

export const main = workflow(async (day: string, divers: Diver[], slots: Slot[]) => {
  const used = new Set<string>();
  const plan: { slot: Slot; diver: Diver }[] = [];
  for (const slot of [...slots].sort((a, b) => a.at.localeCompare(b.at))) {
    const diver = pickDiver(slot, divers, used);
    if (!diver) continue;
    used.add(diver.id);
    plan.push({ slot, diver });
  }
  const assignments = await parallel(plan, ({ slot, diver }) => assignDiver(slot, diver.id), { concurrency: 3 });
  const publishedAt = await step("published_at", () => new Date().toISOString());
  return {
    day,
    publishedAt,
    keys: plan.map(({ slot }) => slotKey(slot.show as Show, slot.at)),
    assignments,
    unassigned: slots.length - plan.length,
  };
});
