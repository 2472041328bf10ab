// SDK: windmill-client 1.818.0 client.mjs: crypto.getRandomValues in the body draws new numbers on every replay, so the crew picked for the refuge-chamber drill changes after the first task suspends
import { task, step, workflow } from "windmill-client";

type Miner = { badge: string; crew: "A" | "B" | "C" | "D"; certified: boolean };

const rosterFor = task(async (shift: string): Promise<Miner[]> => {
  const r = await fetch(`https://hr.deepcore.example/api/shifts/${shift}/roster`);
  return (await r.json()) as Miner[];
});

const scheduleDrill = task(async (badge: string, chamber: string) => {
  const r = await fetch("https://training.deepcore.example/drills", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ badge, chamber, kind: "refuge-chamber" }),
  });
  return { badge, drillId: ((await r.json()) as { id: string }).id };
});

export const main = workflow(async (shift: string, chamber: string, count = 4) => {
  const roster = await rosterFor(shift);
  const eligible = roster.filter((m) => m.certified);

  const draw = crypto.getRandomValues(new Uint16Array(count)); // expect: WAC102
  const chosen: Miner[] = [];
  for (const n of draw) {
    const m = eligible[n % eligible.length];
    if (m && !chosen.includes(m)) chosen.push(m);
  }

  const drills = [];
  for (const m of chosen) drills.push(await scheduleDrill(m.badge, chamber));
  const crews = await step("crews", () => [...new Set(chosen.map((c) => c.crew))].join(""));
  return { shift, drills, crews };
});
