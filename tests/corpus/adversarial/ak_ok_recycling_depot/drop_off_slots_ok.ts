// SDK: windmill-client 1.818.0: step with an async callback; the slot id hashes the inputs with Bun.hash; an enum used as a value (not a step name); `for...of` over a Set (insertion order)
import { step, task, workflow } from "windmill-client";

enum Material {
  Garden = "garden",
  Rubble = "rubble",
  Electricals = "electricals",
}

const BAY_FOR: Record<Material, string> = {
  [Material.Garden]: "bay-1",
  [Material.Rubble]: "bay-4",
  [Material.Electricals]: "bay-7",
};

const reserve = task(async (bay: string, plate: string, slotId: string) => {
  const res = await fetch("https://booking.example-depot.org/api/slots", {
    method: "POST",
    body: JSON.stringify({ bay, plate, slotId }),
  });
  return res.status === 201;
});

export const main = workflow(async (plate: string, materials: string[], dayIso: string) => {
  const wanted = new Set(materials.filter((m): m is Material => Object.values(Material).includes(m as Material)));
  const confirmedAt = await step("confirmed_at", async () => {
    await Promise.resolve();
    return new Date().toISOString();
  });
  const reserved: string[] = [];
  for (const m of wanted) {
    const slotId = Bun.hash(`${plate}|${dayIso}|${m}`).toString(36);
    if (await reserve(BAY_FOR[m], plate, slotId)) reserved.push(slotId);
  }
  return { reserved, confirmedAt };
});
