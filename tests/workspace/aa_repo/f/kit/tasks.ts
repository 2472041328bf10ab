import * as wmill from "windmill-client";
import { task } from "windmill-client";

const PAYMENTS = "https://payments.internal/api/v2";

export const chargeCard = task(async (orderId: string, cents: number, currency = "EUR") => {
  const token = await wmill.getVariable("f/kit/payments_token");
  const res = await fetch(`${PAYMENTS}/charges`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ order: orderId, amount: cents, currency }),
  });
  if (!res.ok) throw new Error(`charge failed: ${res.status}`);
  return (await res.json()) as { id: string; status: string };
});

export const sendReceipt = task(async (orderId: string, email: string, locale = "en") => {
  const res = await fetch("https://mailer.internal/send", {
    method: "POST",
    body: JSON.stringify({ template: "receipt", to: email, order: orderId, locale }),
  });
  return res.ok;
});

export const voidCharge = task(async (chargeId: string, reason: string) => {
  const res = await fetch(`${PAYMENTS}/charges/${chargeId}/void`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  });
  return res.ok;
});
