// SDK: windmill-client 1.818.0 index.js: only `task(...)` / `step(...)` calls are checkpointed; a `"use step"` directive is a plain string statement to Bun, so the function below is an ordinary async function and its POST runs again on every replay of the body
// Ported from a Vercel Workflow DevKit workflow (`"use workflow"` / `"use step"`) without wrapping the steps in `task`.
import { task, workflow } from "windmill-client";

type Order = { orderId: string; model: string; top: string; back: string };

const checkStock = task(async function checkStock(order: Order): Promise<{ inStock: boolean }> {
  "use step";
  const r = await fetch(`https://stock.luthiers.example/api/tonewood?top=${order.top}&back=${order.back}`);
  return (await r.json()) as { inStock: boolean };
});

async function reserveTonewood(order: Order): Promise<{ reservation: string }> {
  "use step";
  const r = await fetch("https://stock.luthiers.example/api/reservations", {
    method: "POST",
    body: JSON.stringify({ orderId: order.orderId, top: order.top, back: order.back }),
  });
  return (await r.json()) as { reservation: string };
}

export const main = workflow(async (order: Order) => {
  "use workflow";
  const { inStock } = await checkStock(order);
  if (!inStock) return { orderId: order.orderId, status: "backorder" };
  const { reservation } = await reserveTonewood(order); // expect: WAC101
  return { orderId: order.orderId, status: "reserved", reservation };
});
