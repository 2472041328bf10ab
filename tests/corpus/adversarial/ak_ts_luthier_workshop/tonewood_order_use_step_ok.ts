// SDK: windmill-client 1.818.0 index.js `task`: each call is a checkpointed step run in its own child job; the leftover `"use step"` strings are plain expression statements and change nothing
// Ported from a Vercel Workflow DevKit workflow (`"use workflow"` / `"use step"`), each step wrapped in `task`.
import { task, workflow } from "windmill-client";

type Order = { orderId: string; model: string; top: string; back: string };

const checkStock = task(async function checkStock(order: Order): Promise<{ inStock: boolean }> {
  "use step";
  const r = await fetch(`https://stock.luthiers.example/api/tonewood?top=${order.top}&back=${order.back}`);
  return (await r.json()) as { inStock: boolean };
});

const reserveTonewood = task(async function reserveTonewood(order: Order): Promise<{ reservation: string }> {
  "use step";
  const r = await fetch("https://stock.luthiers.example/api/reservations", {
    method: "POST",
    body: JSON.stringify({ orderId: order.orderId, top: order.top, back: order.back }),
  });
  return (await r.json()) as { reservation: string };
});

export const main = workflow(async (order: Order) => {
  "use workflow";
  const { inStock } = await checkStock(order);
  if (!inStock) return { orderId: order.orderId, status: "backorder" };
  const { reservation } = await reserveTonewood(order);
  return { orderId: order.orderId, status: "reserved", reservation };
});
