// SDK: windmill-client 1.818.0 client.mjs: a task call returns the ctx._nextStep promise; dropped without await, the dispatch is lost when the workflow returns (no other reference).
import { parallel, step, task, workflow } from "windmill-client";

type LineItem = { sku: string; qty: number };
type Order = { id: string; customerEmail: string; items: LineItem[]; express: boolean };

const WAREHOUSES = { eu: "wh-ams", us: "wh-nyc" } as const;

const reserveStock = task(async (warehouse: string, item: LineItem) => {
  const res = await fetch(`https://inventory.internal/${warehouse}/reserve`, {
    method: "POST",
    body: JSON.stringify(item),
  });
  return { sku: item.sku, reserved: res.ok };
});

const bookCourier = task(async (orderId: string, express: boolean) => {
  const res = await fetch("https://courier.example.com/bookings", {
    method: "POST",
    body: JSON.stringify({ ref: orderId, service: express ? "next_day" : "standard" }),
  });
  return (await res.json()) as { trackingId: string };
});

const emailCustomer = task(async (to: string, subject: string, text: string) => {
  await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    body: JSON.stringify({ personalizations: [{ to: [{ email: to }] }], subject, content: [{ type: "text/plain", value: text }] }),
  });
  return { sent: true };
});

const recordMetric = task(async (name: string, value: number) => {
  await fetch("https://metrics.internal/ingest", { method: "POST", body: JSON.stringify({ name, value }) });
});

function pickWarehouse(email: string): string {
  return email.endsWith(".com") ? WAREHOUSES.us : WAREHOUSES.eu;
}

export const main = workflow(async (order: Order) => {
  const warehouse = pickWarehouse(order.customerEmail);
  const reservations = await parallel(order.items, (item) => reserveStock(warehouse, item), { concurrency: 3 });
  const short = reservations.filter((r) => !r.reserved).map((r) => r.sku);

  if (short.length > 0) {
    await emailCustomer(order.customerEmail, `Order ${order.id} delayed`, `Out of stock: ${short.join(", ")}`);
    return { orderId: order.id, status: "backordered", short };
  }

  const booking = await bookCourier(order.id, order.express);
  const confirmation = await step("confirmation_text", () =>
    `Your order ${order.id} ships with tracking ${booking.trackingId}.`,
  );
  await emailCustomer(order.customerEmail, `Order ${order.id} shipped`, confirmation);
  recordMetric("orders.shipped", order.items.length); // expect: WAC106
  return { orderId: order.id, status: "shipped", trackingId: booking.trackingId };
});
