// SDK: windmill-client 1.818.0 client.mjs: task results replay from the checkpoint; optional chaining over inputs and results, and an `Intl.NumberFormat` with a fixed locale, compute the same value each round.
import { task, workflow } from "windmill-client";

type Customer = { email?: string; address?: { country?: string } };

const loadOrder = task(async function loadOrder(orderId: string) {
  return { id: orderId, total: 1234.5, coupon: null as null | { code: string } };
});

const sendReceipt = task(async function sendReceipt(to: string, text: string) {
  return { to, length: text.length };
});

export const main = workflow(async (orderId: string, customer: Customer) => {
  const order = await loadOrder(orderId);
  const email = customer.email?.trim().toLowerCase() ?? "ops@example.com";
  const country = customer.address?.country?.toUpperCase() ?? "FR";
  const money = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
  const text = `${money.format(order.total)} (${country})${order.coupon?.code ? ` code ${order.coupon.code}` : ""}`;
  return await sendReceipt(email, text);
});
