import * as wmill from "windmill-client";

export async function main(customer_id: string, amount_eur: number) {
  const stripe = await wmill.getResource("f/kennel/stripe");
  const cents = Math.round(amount_eur * 100);
  const resp = await fetch("https://api.stripe.com/v1/payment_intents", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${stripe.token}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      amount: String(cents),
      currency: "eur",
      customer: customer_id,
      confirm: "true",
      description: `Boarding, ${amount_eur.toFixed(2)} EUR`,
    }),
  });
  if (!resp.ok) throw new Error(`stripe: ${resp.status}`);
  return { charged_cents: cents };
}
