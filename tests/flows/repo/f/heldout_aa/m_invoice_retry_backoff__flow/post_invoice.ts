type Netsuite = { account: string; token: string };

export async function main(invoice_id: string, amount_cents: number, netsuite: Netsuite) {
  const resp = await fetch(`https://${netsuite.account}.suitetalk.api.netsuite.com/invoice`, {
    method: "POST",
    headers: { Authorization: `Bearer ${netsuite.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ externalId: invoice_id, amount: amount_cents / 100 }),
  });
  if (resp.status === 429) throw new Error("rate limited");
  if (!resp.ok) throw new Error(`netsuite ${resp.status}: ${await resp.text()}`);
  const body = await resp.json();
  return { invoice_id, erp_id: body.id };
}
