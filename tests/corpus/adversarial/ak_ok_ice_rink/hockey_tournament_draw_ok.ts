// SDK: windmill-client 1.818.0: a Fisher-Yates shuffle driven by a PRNG seeded from the tournament id; new Date(0) and Date.UTC are fixed; nested Promise.all of parallel per pool
import { parallel, task, workflow } from "windmill-client";

function seedFrom(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

function lcg(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const registerTeam = task(async (pool: string, team: string, order: number) => {
  await fetch("https://tourney.example-ice.org/api/pools", { method: "POST", body: JSON.stringify({ pool, team, order }) });
  return { pool, team, order };
});

export const main = workflow(async (tournamentId: string, teams: string[], pools: number = 2) => {
  const order = shuffled(teams, lcg(seedFrom(tournamentId)));
  const poolNames = Array.from({ length: pools }, (_, i) => String.fromCharCode(65 + i));
  const members = poolNames.map((p, i) => order.filter((_, k) => k % pools === i).map((team, n) => ({ p, team, n })));
  const registered = await Promise.all(members.map((m) => parallel(m, (x) => registerTeam(x.p, x.team, x.n), { concurrency: 3 })));
  const epoch = new Date(0).toISOString();
  const opening = new Date(Date.UTC(2027, 0, 9, 9)).toISOString();
  return { epoch, opening, pools: registered };
});
