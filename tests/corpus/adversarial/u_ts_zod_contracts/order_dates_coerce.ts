// SDK: windmill-client 1.818.0 task() (client.mjs: a task's result is JSON-encoded by its job, so a Date comes back as an ISO string); zod 3 z.coerce.date() yields a Date
import { z } from "zod";
import { task, sleep, workflow } from "windmill-client";

const OrderSchema = z.object({
  id: z.string(),
  status: z.enum(["placed", "packed", "shipped"]),
  placedAt: z.coerce.date(),
  promisedBy: z.coerce.date(),
});
type Order = z.infer<typeof OrderSchema>;

const loadOrder = task(async function loadOrder(orderId: string): Promise<Order> {
  const res = await fetch(`https://oms.internal/orders/${orderId}`);
  return OrderSchema.parse(await res.json()); // expect: WAC107
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
  const slackHours = (order.promisedBy.getTime() - order.placedAt.getTime()) / 3.6e6;
  if (slackHours < 24) {
    await escalate(orderId, Math.round(24 - slackHours));
  }
  return { orderId, late: slackHours < 24 };
});
