// SDK: windmill-client 1.818.0 client.mjs: the PRNG is the file's own mulberry32 seeded from a hash of the input, so the "random" order of the reviewers is the same on every replay.
import { task, workflow } from "windmill-client";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const assignReview = task(async (prId: number, reviewer: string) => {
  await fetch(`https://git.example.com/pulls/${prId}/reviewers`, {
    method: "POST",
    body: JSON.stringify({ reviewer }),
  });
  return reviewer;
});

export const main = workflow(async (prId: number, team: string[], count: number = 2) => {
  const rand = mulberry32(Number(Bun.hash(`pr-${prId}`) & 0xffffffffn));
  const picked = shuffled(team, rand).slice(0, count);
  const assigned = [];
  for (const reviewer of picked) assigned.push(await assignReview(prId, reviewer));
  return { assigned };
});
