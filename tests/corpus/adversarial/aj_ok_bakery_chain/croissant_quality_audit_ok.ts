// SDK: windmill-client 1.818.0: Bun.hash and crypto.subtle.digest are pure functions of their input; the audit sample is chosen from them
import { task, workflow } from "windmill-client";

type Batch = { shop: string; batchId: string; bakedAt: string; units: number };

const requestPhotos = task(async (shop: string, batchId: string) => {
  const r = await fetch(`https://qa.example-bakery.com/shops/${shop}/batches/${batchId}/photos`, { method: "POST" });
  return (await r.json()) as { photoUrls: string[] };
});

const scorePhotos = task(async (urls: string[]) => {
  const r = await fetch("https://vision.example-bakery.com/score", { method: "POST", body: JSON.stringify({ urls }) });
  return (await r.json()) as { lamination: number; colour: number };
});

async function sha256Hex(text: string): Promise<string> {
  const buf = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const inSample = (batch: Batch, percent: number) => Number(Bun.hash(batch.batchId) % 100n) < percent;

export const main = workflow(async (batches: Batch[], samplePercent = 15) => {
  const sampled = batches.filter((b) => inSample(b, samplePercent));
  const scores = [];
  for (const b of sampled) {
    const { photoUrls } = await requestPhotos(b.shop, b.batchId);
    const s = await scorePhotos(photoUrls);
    scores.push({ ...b, ...s, auditRef: (await sha256Hex(`${b.shop}:${b.batchId}`)).slice(0, 12) });
  }
  const failing = scores.filter((s) => s.lamination < 6 || s.colour < 5);
  return { sampled: sampled.length, failing, scores };
});
