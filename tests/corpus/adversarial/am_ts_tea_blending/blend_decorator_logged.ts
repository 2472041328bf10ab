// SDK: windmill-client 1.818.0 index.js: only `task` / `step` / `sleep` / approvals are checkpointed; the `@logged` method decorator (TC39) only wraps the method in a log line, so `priceLeaf`'s fetch runs in the workflow body in every round
import { task, workflow } from "windmill-client";

function logged<This, Args extends unknown[], R>(
  target: (this: This, ...args: Args) => Promise<R>,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<R>>,
) {
  return async function (this: This, ...args: Args): Promise<R> {
    console.log(`-> ${String(context.name)}`, args);
    const out = await target.apply(this, args);
    console.log(`<- ${String(context.name)}`);
    return out;
  };
}

class LeafMarket {
  constructor(private readonly base: string) {}

  @logged  // expect: WAC903
  async priceLeaf(origin: string, grade: string): Promise<number> {
    const r = await fetch(`${this.base}/prices/${origin}/${grade}`);
    return ((await r.json()) as { eurPerKg: number }).eurPerKg;
  }
}

const market = new LeafMarket("https://auction.leafhouse.example/api");

const reserveLot = task(async function reserveLot(origin: string, grade: string, kilos: number, eurPerKg: number) {
  const r = await fetch("https://auction.leafhouse.example/api/reservations", {
    method: "POST",
    body: JSON.stringify({ origin, grade, kilos, eurPerKg }),
  });
  return (await r.json()) as { lotId: string };
});

export const main = workflow(async (origin: string, grade: string, kilos: number, ceiling: number) => {
  const price = await market.priceLeaf(origin, grade); // expect: WAC101
  if (price > ceiling) return { reserved: false, price };
  const lot = await reserveLot(origin, grade, kilos, price);
  return { reserved: true, price, lot };
});
