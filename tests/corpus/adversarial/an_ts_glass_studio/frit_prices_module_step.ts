// SDK: windmill-client 1.818.0 index.js `step(name, fn)`: with no workflow context (`_workflowCtx` is null while the module loads) it runs `fn` in place and returns its JSON copy, checkpointing nothing; the script loads again in every round, so the supplier's price list is fetched at each replay
import { step, task, workflow } from "windmill-client";

const fritPrices = step("frit_prices", async () => { // expect: WAC101
  const r = await fetch("https://supplier.emberglass.example/api/frit/prices");
  return (await r.json()) as Record<string, number>;
});

const orderFrit = task(async function orderFrit(colour: string, kilos: number, pricePerKg: number) {
  const r = await fetch("https://supplier.emberglass.example/api/orders", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ colour, kilos, pricePerKg }),
  });
  return (await r.json()) as { orderId: string };
});

export const main = workflow(async (colour: string, kilos: number) => {
  const prices = await fritPrices;
  const pricePerKg = prices[colour] ?? 0;
  if (pricePerKg === 0) return { colour, ordered: false };
  const { orderId } = await orderFrit(colour, kilos, pricePerKg);
  return { colour, ordered: true, orderId };
});
