// SDK: windmill-client 1.818.0 task() (client.mjs: results cross as JSON); zod 3 z.string().datetime() keeps the ISO string, Date.parse of that string is deterministic
import { z } from "zod";
import { task, sleep, workflow } from "windmill-client";

const OrderSchema = z.object({
  id: z.string(),
  status: z.enum(["placed", "packed", "shipped"]),
  placedAt: z.string().datetime(),
  promisedBy: z.string().datetime(),
});
type Order = z.infer<typeof OrderSchema>;

const loadOrder = task(async function loadOrder(orderId: string): Promise<Order> {
  const res = await fetch(`https://oms.internal/orders/${orderId}`);
  return OrderSchema.parse(await res.json());
});

const escalate = task(async function escalate(orderId: string, hoursLate: number) {
  await fetch("https://support.internal/escalations", {
    method: "POST",
    body: JSON.stringify({ orderId, hoursLate }),
  });
});

export const main = workflow(async (orderId: string) => {
  await sleep(6 * 3600);
  const order = await loadOrder(orderId);
  if (order.status === "shipped") return { orderId, late: false };
  const slackHours = (Date.parse(order.promisedBy) - Date.parse(order.placedAt)) / 3.6e6;
  if (slackHours < 24) {
    await escalate(orderId, Math.round(24 - slackHours));
  }
  return { orderId, late: slackHours < 24, placed: new Date(order.placedAt).toISOString() };
});
