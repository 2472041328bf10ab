import * as wmill from "windmill-client";

export async function main(customer_id: string, amount_cents: number, idempotency_key: string) {
  const stripe = await wmill.getResource("f/heldout_an/stripe");
  const res = await fetch("https://api.stripe.com/v1/payment_intents", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${stripe.token}`,
      "Idempotency-Key": idempotency_key,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ customer: customer_id, amount: String(amount_cents), currency: "eur", confirm: "true" }),
  });
  const body = await res.json();
  if (!res.ok) {
    throw new Error(`stripe ${res.status}: ${body.error?.code ?? "unknown"}`);
  }
  return { intent_id: body.id, status: body.status, amount_cents };
}
