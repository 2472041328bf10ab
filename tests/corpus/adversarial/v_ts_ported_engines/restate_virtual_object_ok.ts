// SDK: windmill-client 1.818.0 step(name, fn) checkpoints fn's JSON result and returns it on replay; body-level state rebuilt from step results is the same each replay
// Ported from a Restate virtual object; the folded state is computed in the body from the inputs and only the quote crosses a checkpoint.
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

function fold(adds: { sku: string; qty: number }[]): CartState {
  const state: CartState = { items: {}, version: 0 };
  for (const add of adds) {
    state.items[add.sku] = (state.items[add.sku] ?? 0) + add.qty;
    state.version += 1;
  }
  return state;
}

export const main = workflow(async (cartId: string, adds: { sku: string; qty: number }[]) => {
  const state = fold(adds);
  const snapshot = await step("cart_snapshot", () => ({ ...state, items: { ...state.items } }));

  const quote = await priceCart(snapshot.items);
  const { paymentId } = await checkout(cartId, quote.totalCents, quote.currency);
  return { paymentId, version: snapshot.version };
});
