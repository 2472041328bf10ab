// SDK: windmill-client 1.818.0 client.mjs: Promise.all over task thenables dispatches one parallel batch and resolves in call order
import { task, step, workflow } from "windmill-client";

type Estimate = { house: string; lowCents: number; highCents: number };

const estimateFromArchive = task(async (wine: string, vintage: number): Promise<Estimate> => {
  const res = await fetch(`https://archive.cellarhammer.example/estimates?wine=${encodeURIComponent(wine)}&v=${vintage}`);
  return { house: "archive", ...(await res.json()) };
});

const estimateFromLivex = task(async (wine: string, vintage: number): Promise<Estimate> => {
  const res = await fetch(`https://livex.example/api/price?wine=${encodeURIComponent(wine)}&vintage=${vintage}`);
  return { house: "livex", ...(await res.json()) };
});

const SOURCES = [estimateFromArchive, estimateFromLivex];

const publishEstimate = task(async (lotNo: number, estimate: Estimate) => {
  await fetch(`https://api.cellarhammer.example/lots/${lotNo}/estimate`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(estimate),
  });
  return { lotNo, published: true };
});

export const main = workflow(async (lotNo: number, wine: string, vintage: number) => {
  const estimates = await Promise.all(SOURCES.map((source) => source(wine, vintage)));
  // lowest spread wins; ties go to the earlier source (stable sort)
  const best = [...estimates].sort((a, b) => (a.highCents - a.lowCents) - (b.highCents - b.lowCents))[0];
  const published = await publishEstimate(lotNo, best);
  return { ...published, source: best.house };
});
