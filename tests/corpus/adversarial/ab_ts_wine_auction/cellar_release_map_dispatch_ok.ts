// SDK: windmill-client 1.818.0 client.mjs: Promise.all over task thenables dispatches one batch; a Map lookup that finds nothing calls nothing with ?.
import { task, step, workflow } from "windmill-client";

type Release = { lotNo: number; storage: "bonded" | "duty_paid" | "cellar"; buyerId: string };

const releaseFromBond = task(async (lotNo: number, buyerId: string) => {
  const res = await fetch("https://warehouse.cellarhammer.example/bond/releases", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lotNo, buyerId }),
  });
  return { lotNo, releaseId: (await res.json()).id as string };
});

const releaseDutyPaid = task(async (lotNo: number, buyerId: string) => {
  const res = await fetch("https://warehouse.cellarhammer.example/dp/releases", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lotNo, buyerId }),
  });
  return { lotNo, releaseId: (await res.json()).id as string };
});

const RELEASERS = new Map<Release["storage"], typeof releaseFromBond>([
  ["bonded", releaseFromBond],
  ["duty_paid", releaseDutyPaid],
]);

const markCollected = task(async (buyerId: string, lots: number[]) => {
  await fetch(`https://api.cellarhammer.example/buyers/${buyerId}/collected`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lots }),
  });
  return { buyerId, lots: lots.length };
});

export const main = workflow(async (buyerId: string, releases: Release[]) => {
  const mine = releases.filter((r) => r.buyerId === buyerId);
  const fromCellar: number[] = [];
  const pending: ReturnType<typeof releaseFromBond>[] = [];

  for (const r of mine) {
    if (r.storage === "cellar") {
      fromCellar.push(r.lotNo);
      continue;
    }
    const release = RELEASERS.get(r.storage);
    if (release) pending.push(release(r.lotNo, buyerId));
  }

  const released = await Promise.all(pending);
  const collected = await markCollected(buyerId, mine.map((r) => r.lotNo));
  return { ...collected, fromCellar, releaseIds: released.map((r) => r.releaseId) };
});
