// SDK: windmill-client 1.818.0 task(): awaited with every parameter; the Slack call runs inside step()
import { Slack, buildUrl } from "/f/lib/net.ts";
import { reserveStock, shipOrder } from "/f/lib/tasks.ts";
import { step, workflow } from "/f/lib/wac.ts";

type Order = { id: string; carrier?: string; lines: { sku: string; qty: number }[] };

export const main = workflow(async (orders: Order[], warehouse: string = "main") => {
  const shipped: { id: string; tracking: string }[] = [];

  for (const order of orders) {
    await Promise.all(order.lines.map((line) => reserveStock(line.sku, line.qty, warehouse)));
    const shipment = await shipOrder(order.id, order.carrier ?? "dhl");
    shipped.push({ id: order.id, tracking: shipment.tracking });
  }

  const text = Slack.format(
    `Shipped ${shipped.length} orders`,
    shipped.map((s) => `${s.id} → ${s.tracking}`),
  );
  await step("announce", () => Slack.say(text));
  return { shipped, link: buildUrl("https://wms.internal.example.com", "shipments") };
});
