// SDK: windmill-client 1.818.0 a seeded PRNG (mulberry32 of a hash of the input) gives the same plot layout on every replay; sleep(seconds) with a number
import { sleep, task, workflow } from "windmill-client";

const FIELD_API = "https://field.seedbank.example/api";

function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
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

function layout(accessions: string[], plots: number, season: string) {
  const rand = mulberry32(hashSeed(season));
  return accessions.map((accession) => ({ accession, plot: 1 + Math.floor(rand() * plots) }));
}

const reservePlot = task(async (accession: string, plot: number, season: string) => {
  const res = await fetch(`${FIELD_API}/plots/${plot}/reserve`, {
    method: "POST",
    body: JSON.stringify({ accession, season }),
  });
  if (!res.ok) throw new Error(`plot ${plot}: ${res.status}`);
  return (await res.json()) as { reservation: string };
});

const checkSoil = task(async (plots: number[]) => {
  const res = await fetch(`${FIELD_API}/soil?plots=${plots.join(",")}`);
  return (await res.json()) as { ready: boolean; moisture: number };
});

export const main = workflow(async (season: string, accessions: string[], plots = 40, maxWaits = 6) => {
  const plan = layout(accessions, plots, season);
  const usedPlots = [...new Set(plan.map((p) => p.plot))].sort((a, b) => a - b);
  let soil = await checkSoil(usedPlots);
  for (let i = 0; i < maxWaits && !soil.ready; i++) {
    await sleep(6 * 3600);
    soil = await checkSoil(usedPlots);
  }
  if (!soil.ready) return { planted: 0, reason: "soil not ready", moisture: soil.moisture };
  const reservations = [];
  for (const { accession, plot } of plan) {
    reservations.push(await reservePlot(accession, plot, season));
  }
  return { planted: reservations.length, reservations };
});
