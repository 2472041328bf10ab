type Mollie = { api_key: string };

export async function main(mollie: Mollie, mandate_customer: string, amount_cents: number, description: string) {
  const res = await fetch(`https://api.mollie.com/v2/customers/${mandate_customer}/payments`, {
    method: "POST",
    headers: { Authorization: `Bearer ${mollie.api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      amount: { currency: "EUR", value: (amount_cents / 100).toFixed(2) },
      description,
      sequenceType: "recurring",
    }),
  });
  if (!res.ok) throw new Error(`Mollie: ${res.status} ${await res.text()}`);
  const payment = await res.json();
  return { payment_id: payment.id as string, amount_cents, status: payment.status as string };
}
