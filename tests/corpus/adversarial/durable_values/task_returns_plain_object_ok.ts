// SDK: windmill-client 1.818.0 client.mjs: the class is used inside the task only; the task returns plain JSON data.
import { task, workflow } from "windmill-client";

class Cart {
  constructor(public items: { sku: string; price: number }[]) {}
  total() {
    return this.items.reduce((a, i) => a + i.price, 0);
  }
}

const loadCart = task(async (cartId: string) => {
  const cart = new Cart([{ sku: cartId, price: 3 }]);
  return { items: cart.items, total: cart.total() };
});

const charge = task(async (amount: number) => ({ amount }));

export const main = workflow(async (cartId: string) => {
  const cart = await loadCart(cartId);
  return await charge(cart.total);
});
