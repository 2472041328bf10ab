// SDK: windmill-client 1.818.0 task(): calling the wrapper dispatches a step; its positional arguments map to the function's parameters
import { Slack, buildUrl } from "/f/lib/net.ts";
import { reserveStock, shipOrder } from "/f/lib/tasks.ts";
import { step, workflow } from "/f/lib/wac.ts";

type Order = { id: string; carrier?: string; lines: { sku: string; qty: number }[] };

export const main = workflow(async (orders: Order[], warehouse: string = "main") => {
  const shipped: { id: string; tracking: string }[] = [];

  for (const order of orders) {
    for (const line of order.lines) {
      // reservation ids are not needed downstream
      reserveStock(line.sku, line.qty, warehouse); // expect: WAC106
    }
    const shipment = await shipOrder(order.id); // expect: WAC402
    shipped.push({ id: order.id, tracking: shipment.tracking });
  }

  const lines = shipped.map((s) => `${s.id} → ${s.tracking}`);
  await Slack.say(Slack.format(`Shipped ${shipped.length} orders`, lines)); // expect: WAC101

  const link = buildUrl("https://wms.internal.example.com", "shipments", shipped[0]?.id ?? "none");
  const checked = await step("checked", () => ({ at: new Date().toISOString(), link }));
  return { shipped, checked };
});
