// SDK: windmill-client 1.818.0 client.mjs taskFlow() / taskScript(): a single object argument is passed as the child's named inputs.
import { task, taskFlow, taskScript, workflow } from "windmill-client";

type Shipment = { orderId: string; warehouse: string; items: { sku: string; qty: number }[] };

const shipOrder = taskFlow("f/fulfilment/ship_order", { timeout: 1800 });
const notifyCustomer = taskScript("f/fulfilment/notify_customer");

const pickList = task(async (orderId: string, items: { sku: string; qty: number }[]) => {
  return items.map((i) => `${orderId}:${i.sku}x${i.qty}`);
});

export const main = workflow(async (shipment: Shipment) => {
  const lines = await pickList(shipment.orderId, shipment.items);
  const tracking = await shipOrder({ orderId: shipment.orderId, warehouse: shipment.warehouse });
  await notifyCustomer({ orderId: shipment.orderId, tracking });
  return { lines: lines.length, tracking };
});
