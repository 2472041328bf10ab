// SDK: windmill-client 1.818.0 client.mjs taskFlow(): only a single object argument becomes the flow's inputs; positional values are sent as `arg0`, `arg1`, so the child flow never gets `orderId` / `warehouse`.
import { task, taskFlow, workflow } from "windmill-client";

type Shipment = { orderId: string; warehouse: string; items: { sku: string; qty: number }[] };

// Temporal: executeChild(shipOrder, { args: [orderId, warehouse] })
const shipOrder = taskFlow("f/fulfilment/ship_order", { timeout: 1800 });

const pickList = task(async (orderId: string, items: { sku: string; qty: number }[]) => {
  return items.map((i) => `${orderId}:${i.sku}x${i.qty}`);
});

export const main = workflow(async (shipment: Shipment) => {
  const lines = await pickList(shipment.orderId, shipment.items);
  const tracking = await shipOrder(shipment.orderId, shipment.warehouse); // expect: WAC301
  return { lines: lines.length, tracking };
});
