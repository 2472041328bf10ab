// SDK: windmill-client 1.818.0 client.mjs _allocKey (a literal step name in a loop gets name, name_2, ... in call order: stable), task() result JSON
import { step, task, workflow } from "windmill-client";

type V1 = { v: 1; type: "ItemAdded"; sku: string; at: string };
type V2 = { v: 2; type: "ItemAdded"; sku: string; qty: number; occurredAt: string };
type CartEvent = V1 | V2 | { v: 2; type: "ItemRemoved"; sku: string; occurredAt: string };

const fetchCartEvents = task(async (cartId: string) => {
  const res = await fetch(`https://carts.internal/${cartId}/events`);
  return (await res.json()) as CartEvent[];
});

const storeSnapshot = task(async (cartId: string, items: Record<string, number>, asOf: string) => {
  await fetch(`https://carts.internal/${cartId}/snapshot`, {
    method: "PUT",
    body: JSON.stringify({ items, asOf }),
  });
  return Object.keys(items).length;
});

function upcast(e: CartEvent) {
  if (e.v === 1) return { v: 2 as const, type: e.type, sku: e.sku, qty: 1, occurredAt: e.at };
  return e;
}

class Cart {
  private readonly items = new Map<string, number>();

  apply(e: ReturnType<typeof upcast>) {
    if (e.type === "ItemAdded") this.items.set(e.sku, (this.items.get(e.sku) ?? 0) + ("qty" in e ? e.qty : 1));
    else this.items.delete(e.sku);
    return this;
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries(this.items);
  }
}

export const main = workflow(async (cartIds: string[]) => {
  const summary: Record<string, number> = {};
  for (const cartId of cartIds) {
    const events = (await fetchCartEvents(cartId)).map(upcast);
    const cart = events.reduce((c, e) => c.apply(e), new Cart());
    const latest = events
      .map((e) => Date.parse(e.occurredAt))
      .reduce((a, b) => Math.max(a, b), 0);
    const asOf = new Date(latest).toISOString();
    const validated = await step("validate_snapshot", () => {
      const items = cart.toJSON();
      return Object.values(items).every((q) => q >= 0) ? items : null;
    });
    if (validated) summary[cartId] = await storeSnapshot(cartId, validated, asOf);
  }
  return summary;
});
