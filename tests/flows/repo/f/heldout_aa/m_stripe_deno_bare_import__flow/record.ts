import * as wmill from "windmill-client";

export async function main(order_id: string, refund_id: string) {
  await wmill.setVariable(`f/payments/last_refund_${order_id}`, refund_id);
  return { order_id, refund_id };
}
