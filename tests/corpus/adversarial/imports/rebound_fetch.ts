// SDK: windmill-client 1.818.0 client.mjs: workflow(fn) only marks fn; its body re-runs after every suspension, tasks/steps replay from `completed`.
import { task, workflow } from "windmill-client";

const http = fetch;
const api = "https://inventory.example.com/api";

const reserveStock = task(async (sku: string, qty: number) => {
  const res = await http(`${api}/reservations`, {
    method: "POST",
    body: JSON.stringify({ sku, qty }),
  });
  if (!res.ok) throw new Error(`reserve failed: ${res.status}`);
  return (await res.json()) as { reservationId: string };
});

export const main = workflow(async (sku: string, qty: number) => {
  const { reservationId } = await reserveStock(sku, qty);
  await http(`${api}/audit`, { method: "POST", body: reservationId }); // expect: WAC101
  return { reservationId };
});
