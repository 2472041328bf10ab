// SDK: windmill-client 1.818.0 client.mjs task(): the deposit task runs in its own child job; the static #committed it bumps there is not in the parent's process on the next round, so `TourBudget.headroom` read by the body never shrinks
import { task, workflow } from "windmill-client";

class TourBudget {
  static #committed = 0;
  static limit = 48_000;

  static commit(amount: number): void {
    TourBudget.#committed += amount;
  }

  static get headroom(): number {
    return TourBudget.limit - TourBudget.#committed;
  }
}

type Quote = { vendor: string; kind: "coach" | "hotel" | "venue"; amount: number; depositPct: number };

const payDeposit = task(async (q: Quote) => {
  const deposit = Math.round(q.amount * q.depositPct) / 100;
  const r = await fetch("https://pay.choir-tours.example/v1/deposits", {
    method: "POST",
    body: JSON.stringify({ vendor: q.vendor, amount: deposit }),
  });
  TourBudget.commit(q.amount); // expect: WAC104
  return (await r.json()) as { paymentId: string };
});

const askTreasurer = task(async (quote: Quote, headroom: number) => {
  await fetch("https://chat.choir-tours.example/hooks/treasurer", {
    method: "POST",
    body: JSON.stringify({ text: `${quote.vendor} (${quote.amount}) exceeds headroom ${headroom}` }),
  });
});

export const main = workflow(async (quotes: Quote[], limit = 48_000) => {
  TourBudget.limit = limit;
  const paid: string[] = [];
  const held: string[] = [];
  for (const q of quotes) {
    if (q.amount > TourBudget.headroom) {
      await askTreasurer(q, TourBudget.headroom);
      held.push(q.vendor);
      continue;
    }
    paid.push((await payDeposit(q)).paymentId);
  }
  return { paid, held };
});
