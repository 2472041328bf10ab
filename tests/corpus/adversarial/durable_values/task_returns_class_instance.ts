// SDK: windmill-client 1.818.0 client.mjs: the task result crosses JSON; a class instance comes back as a plain object without its methods.
import { task, workflow } from "windmill-client";

class Cart {
  constructor(public items: { sku: string; price: number }[]) {}
  total() {
    return this.items.reduce((a, i) => a + i.price, 0);
  }
}

const loadCart = task(async (cartId: string) => {
  return new Cart([{ sku: cartId, price: 3 }]); // expect: WAC107
});

const charge = task(async (amount: number) => ({ amount }));

export const main = workflow(async (cartId: string) => {
  const cart = await loadCart(cartId);
  return await charge(cart.items.length);
});
