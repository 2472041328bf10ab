// SDK: windmill-client 1.818.0: a seeded PRNG (mulberry32 of a hash of the inputs) assigns lockers the same way every round
import { task, workflow } from "windmill-client";

type Member = { id: string; floor: number };

const assignLocker = task(async (memberId: string, locker: string) => {
  const r = await fetch(`https://lockers.example-cowork.com/lockers/${locker}`, {
    method: "PUT",
    body: JSON.stringify({ memberId }),
  });
  return { memberId, locker, ok: r.ok };
});

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export const main = workflow(async (quarter: string, members: Member[], lockers: string[]) => {
  const rand = mulberry32(seedOf(quarter));
  const pool = [...lockers].sort();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const ordered = members.toSorted((a, b) => a.floor - b.floor || a.id.localeCompare(b.id));
  const results = await Promise.all(ordered.slice(0, pool.length).map((m, i) => assignLocker(m.id, pool[i])));
  return { assigned: results.filter((r) => r.ok).length, unassigned: Math.max(0, members.length - pool.length) };
});
