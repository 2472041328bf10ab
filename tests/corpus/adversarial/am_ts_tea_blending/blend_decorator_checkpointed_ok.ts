// SDK: windmill-client 1.818.0 index.js: `step(name, fn)` runs `fn` once and checkpoints its JSON result (`_runInlineStep`); the `@checkpointed("leaf_price")` method decorator (TC39) runs the method inside `step` with that literal name, so its fetch runs in a step, not in the body
import { step, task, workflow } from "windmill-client";

function checkpointed(name: string) {
  return function <This, Args extends unknown[], R>(
    target: (this: This, ...args: Args) => Promise<R>,
    _context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<R>>,
  ) {
    return function (this: This, ...args: Args): Promise<R> {
      return step(name, () => target.apply(this, args));
    };
  };
}

class LeafMarket {
  constructor(private readonly base: string) {}

  @checkpointed("leaf_price")  // expect: WAC903
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
  const price = await market.priceLeaf(origin, grade);
  if (price > ceiling) return { reserved: false, price };
  const lot = await reserveLot(origin, grade, kilos, price);
  return { reserved: true, price, lot };
});
