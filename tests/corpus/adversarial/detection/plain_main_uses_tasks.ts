// SDK: windmill-client 1.818.0 client.mjs: task() outside a workflow ctx runs the function in place; a plain exported main gets no checkpoints.
import { task } from "windmill-client";

const chargeCard = task(async (orderId: string, cents: number) => {
  return { orderId, cents, charged: true };
});

export async function main(orders: { id: string; cents: number }[]) { // expect: WAC005
  const receipts = [];
  for (const order of orders) {
    receipts.push(await chargeCard(order.id, order.cents));
  }
  return receipts;
}
