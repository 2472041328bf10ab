// SDK: windmill-client 1.818.0: bids gathered with Promise.all, sorted deterministically; Math.random only inside a task
import { sleep, step, task, workflow } from "windmill-client";

type Bid = { operator: string; slot: string; price: number };

const requestBid = task(async (operator: string, slot: string): Promise<Bid | null> => {
  const jitterMs = Math.floor(Math.random() * 250);
  await new Promise((r) => setTimeout(r, jitterMs));
  const res = await fetch(`https://slots.example-rail.eu/api/bid?op=${operator}&slot=${slot}`);
  if (res.status === 204) return null;
  return (await res.json()) as Bid;
});

const award = task(async (bid: Bid) => {
  await fetch("https://slots.example-rail.eu/api/award", { method: "POST", body: JSON.stringify(bid) });
  return bid.slot;
});

export const main = workflow(async (slots: string[], operators: string[], biddingWindowMinutes = 30) => {
  await sleep(biddingWindowMinutes * 60);
  const awarded: string[] = [];
  for (const slot of slots) {
    const bids = (await Promise.all(operators.map((op) => requestBid(op, slot)))).filter(
      (b): b is Bid => b !== null,
    );
    if (!bids.length) continue;
    bids.sort((a, b) => b.price - a.price || a.operator.localeCompare(b.operator));
    awarded.push(await award(bids[0]));
  }
  const closedAt = await step("closed_at", () => new Date().toISOString());
  return { awarded, unawarded: slots.filter((s) => !awarded.includes(s)), closedAt };
});
