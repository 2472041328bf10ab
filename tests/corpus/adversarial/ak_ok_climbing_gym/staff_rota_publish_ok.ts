// SDK: windmill-client 1.818.0: a PRNG seeded from the inputs (FNV-1a of the week) gives the same rota every replay; tasks dispatched in a for...of loop take keys in order
import { task, workflow } from "windmill-client";

type Shift = { day: string; slot: "open" | "mid" | "close" };

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const SLOTS: Shift["slot"][] = ["open", "mid", "close"];

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rota {
  private readonly rand: () => number;
  constructor(private readonly staff: string[], week: string) {
    this.rand = mulberry32(fnv1a(week));
  }
  build(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const day of DAYS) {
      for (const slot of SLOTS) {
        out[`${day}:${slot}`] = this.staff[Math.floor(this.rand() * this.staff.length)];
      }
    }
    return out;
  }
}

const publishShift = task(async (person: string, shifts: string[], week: string) => {
  const res = await fetch("https://rota.example-crag.io/api/publish", {
    method: "POST",
    body: JSON.stringify({ person, shifts, week }),
  });
  if (!res.ok) throw new Error(`publish ${person}: ${res.status}`);
  return shifts.length;
});

export const main = workflow(async (week: string, staff: string[]) => {
  const rota = new Rota([...staff].sort(), week).build();
  const byPerson = new Map<string, string[]>();
  for (const [shift, person] of Object.entries(rota)) {
    byPerson.set(person, [...(byPerson.get(person) ?? []), shift]);
  }
  const published: { person: string; count: number }[] = [];
  for (const [person, shifts] of byPerson) {
    published.push({ person, count: await publishShift(person, shifts, week) });
  }
  return { week, published };
});
