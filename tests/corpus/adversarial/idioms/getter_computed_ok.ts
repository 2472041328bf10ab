// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on replay; getters that compute from fields set from task results are deterministic.
import { task, workflow } from "windmill-client";

class Cart {
  constructor(private readonly lines: Array<{ price: number; qty: number }>, private readonly vat: number) {}

  get net(): number {
    return this.lines.reduce((s, l) => s + l.price * l.qty, 0);
  }

  get gross(): number {
    return Math.round(this.net * (1 + this.vat) * 100) / 100;
  }
}

const loadCart = task(async function loadCart(cartId: string) {
  return [{ price: 9.5, qty: 2 }];
});

const charge = task(async function charge(cartId: string, amount: number) {
  return { cartId, amount, status: "ok" };
});

export const main = workflow(async (cartId: string, vat = 0.2) => {
  const cart = new Cart(await loadCart(cartId), vat);
  return await charge(cartId, cart.gross);
});
