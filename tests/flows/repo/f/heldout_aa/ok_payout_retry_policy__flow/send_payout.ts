import * as wmill from "windmill-client";

export async function main(seller_id: string, amount_cents: number) {
  const adyen = await wmill.getResource("f/market/adyen");
  const resp = await fetch("https://balanceplatform-api-test.adyen.com/btl/v4/transfers", {
    method: "POST",
    headers: { "X-API-Key": adyen.apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({
      amount: { value: amount_cents, currency: "EUR" },
      counterparty: { balanceAccountId: seller_id },
      category: "bank",
    }),
  });
  if (!resp.ok) throw new Error(`adyen ${resp.status}: ${await resp.text()}`);
  return { seller_id, transfer_id: (await resp.json()).id };
}
