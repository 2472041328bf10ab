// SDK: windmill-client 1.818.0 step(name, fn) runs fn once and checkpoints; a step callback's changes to outer variables are lost on replay (the callback does not run again)
// Ported from a Restate virtual object: ctx.get/ctx.set state kept in a local object and updated inside ctx.run.
import { task, step, workflow } from "windmill-client";

type CartState = { items: Record<string, number>; version: number };

const priceCart = task(async (items: Record<string, number>) => {
  const r = await fetch("https://pricing.example.com/quote", { method: "POST", body: JSON.stringify({ items }) });
  return (await r.json()) as { totalCents: number; currency: string };
});

const checkout = task(async (cartId: string, totalCents: number, currency: string) => {
  const r = await fetch("https://payments.example.com/checkout", {
    method: "POST",
    body: JSON.stringify({ cartId, totalCents, currency }),
  });
  return (await r.json()) as { paymentId: string };
});

export const main = workflow(async (cartId: string, adds: { sku: string; qty: number }[]) => {
  const state: CartState = { items: {}, version: 0 };

  for (const add of adds) {
    // Restate: ctx.run(() => ...) then ctx.set("cart", state)
    await step("apply_add", () => {
      state.items[add.sku] = (state.items[add.sku] ?? 0) + add.qty; // expect: WAC104
      state.version += 1; // expect: WAC104
      return state.version;
    });
  }

  const quote = await priceCart(state.items);
  const { paymentId } = await checkout(cartId, quote.totalCents, quote.currency);
  return { paymentId, version: state.version };
});
