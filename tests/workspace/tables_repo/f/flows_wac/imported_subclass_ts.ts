import { task, workflow } from "windmill-client";
import { Orders } from "/f/tslib/orders.ts";

const reserve = task(async function reserve(sku: string, qty: number) {
  return { sku, qty };
});

export const main = workflow(async (sku: string, qty: number) => {
  await reserve(sku, qty);
  const orders = new Orders("https://shop.example.com/api");
  const order = await orders.create({ sku, qty }); // expect: WAC101
  return { id: order.id, link: orders.link(order.id) };
});
