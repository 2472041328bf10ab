import * as wmill from "windmill-client";

export async function main(week: string) {
  const mes = await wmill.getResource("f/textile/dye_house");
  const resp = await fetch(`${mes.url}/batches?week=${week}`);
  const batches: { colour: string; kg: number }[] = await resp.json();
  const used = new Map<string, number>();
  for (const b of batches) used.set(b.colour, (used.get(b.colour) ?? 0) + b.kg);
  return used;
}
