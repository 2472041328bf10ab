import { Webhooks } from "/f/shared/webhooks.ts";
import { task, workflow } from "windmill-client";

const ship = task(async (orderId: string) => ({ orderId, carrier: "ups" }));

export const main = workflow(async (orderId: string) => {
  const shipment = await ship(orderId);
  const signature = Webhooks.sign(JSON.stringify(shipment));
  await Webhooks.send("https://hooks.example.com/shipped", { shipment, signature }); // expect: WAC101
  return shipment;
});
