// SDK: windmill-client 1.818.0 client.mjs: an HTTP call in the workflow body is not a step; it runs on every replay round.
import axios from "axios";
import { task, workflow } from "windmill-client";

const createShipment = task(async (orderId: string, carrier: string) => ({ orderId, carrier, tracking: "1Z999" }));

export const main = workflow(async (orderId: string) => {
  const { data: rates } = await axios.get(`https://rates.example.com/api/orders/${orderId}`); // expect: WAC101
  const carrier = (rates as { carrier: string; cents: number }[]).sort((a, b) => a.cents - b.cents)[0].carrier;
  return await createShipment(orderId, carrier);
});
