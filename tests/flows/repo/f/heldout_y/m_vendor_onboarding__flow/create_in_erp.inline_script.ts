type Netsuite = { account_id: string; token: string };

export async function main(erp: Netsuite, vendor: { name: string; vat_id: string }, payment_terms_days: number) {
  const res = await fetch(`https://${erp.account_id}.suitetalk.api.netsuite.com/services/rest/record/v1/vendor`, {
    method: "POST",
    headers: { Authorization: `Bearer ${erp.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ companyName: vendor.name, vatRegNumber: vendor.vat_id, terms: payment_terms_days }),
  });
  if (!res.ok) throw new Error(await res.text());
  return { created: true };
}
