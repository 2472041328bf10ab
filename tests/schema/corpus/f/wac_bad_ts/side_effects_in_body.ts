// MISTAKE: side effects and non-deterministic values directly in the workflow
// body. The body re-runs from the top after every suspension, so each of these
// happens again (or yields a different value) on every replay.
import { task, workflow } from "windmill-client";

type Order = { id: string; address: string; weight: number };

const loadOrder = task(async (orderId: string): Promise<Order> => {
  return await (await fetch(`https://orders.example/api/${orderId}`)).json();
});

const buyLabel = task(
  async (order: Order, apiKey: string) => {
    const res = await fetch("https://shipping.example/api/labels", {
      method: "POST",
      headers: { "X-Api-Key": apiKey },
      body: JSON.stringify({ to: order.address, weight: order.weight }),
    });
    if (!res.ok) throw new Error(`shipping: ${res.status}`);
    return (await res.json()) as { tracking_number: string };
  },
  { timeout: 120 },
);

const auditOrder = task(async (orderId: string) => {
  await fetch("https://audit.example/api/samples", { method: "POST", body: JSON.stringify({ order_id: orderId }) });
});

export const main = workflow(async (orderId: string) => {
  const started = Date.now(); // expect: WAC102
  const runId = crypto.randomUUID(); // expect: WAC102
  const order = await loadOrder(orderId);
  const apiKey = process.env.SHIPPING_API_KEY ?? ""; // expect: WAC102
  const label = await buyLabel(order, apiKey);
  if (Math.random() < 0.05) { // expect: WAC102
    await auditOrder(orderId);
  }
  await fetch("https://hooks.slack.example/ops", { method: "POST", body: JSON.stringify({ text: `Label bought for ${orderId}` }) }); // expect: WAC101
  await fetch("https://metrics.example/api/events", { method: "POST", body: JSON.stringify({ run: runId, at: new Date().toISOString() }) }); // expect: WAC101, WAC102
  return { tracking: label.tracking_number, runId, started };
});
