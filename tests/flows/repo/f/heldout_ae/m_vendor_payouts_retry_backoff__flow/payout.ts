type Adyen = { api_key: string; merchant_account: string };

export async function main(psp: Adyen, vendor_id: string, amount: number, currency: string, reference: string) {
  const resp = await fetch("https://balanceplatform-api-live.adyen.com/btl/v4/transfers", {
    method: "POST",
    headers: { "x-api-key": psp.api_key, "Content-Type": "application/json", "Idempotency-Key": reference },
    body: JSON.stringify({
      amount: { value: Math.round(amount * 100), currency },
      counterparty: { balanceAccountId: vendor_id },
      category: "internal",
      reference,
    }),
  });
  if (!resp.ok) throw new Error(`transfer failed: ${resp.status}`);
  const body = await resp.json();
  return { vendor_id, transfer_id: body.id, status: body.status };
}
