// SDK: windmill-client 1.818.0: an axios instance built at module level performs no request until a task calls it; sleep() is durable; step() names are literals
import axios from "axios";
import { sleep, step, task, workflow } from "windmill-client";

const lab = axios.create({ baseURL: "https://lab.example-smile.io/api", timeout: 15000 });

const placeOrder = task(async (patientId: string, kind: string, shade: string) => {
  const { data } = await lab.post("/orders", { patientId, kind, shade });
  return data as { orderId: string; eta: string };
});

const orderStatus = task(async (orderId: string) => {
  const { data } = await lab.get(`/orders/${orderId}`);
  return data.status as "queued" | "milling" | "shipped" | "delivered";
});

const bookFitting = task(async (patientId: string, orderId: string) => {
  const { data } = await lab.post("/fittings", { patientId, orderId });
  return data.slot as string;
});

export const main = workflow(async (patientId: string, kind: "crown" | "bridge" | "veneer", shade: string) => {
  const order = await placeOrder(patientId, kind, shade);
  const placedAt = await step("order_placed_at", () => new Date().toISOString());
  let status = await orderStatus(order.orderId);
  let polls = 0;
  while (status !== "delivered" && polls < 20) {
    await sleep(6 * 3600);
    status = await orderStatus(order.orderId);
    polls++;
  }
  if (status !== "delivered") return { orderId: order.orderId, status, placedAt };
  const deliveredAt = await step("delivered_at", () => new Date().toISOString());
  const slot = await bookFitting(patientId, order.orderId);
  return { orderId: order.orderId, placedAt, deliveredAt, slot };
});
