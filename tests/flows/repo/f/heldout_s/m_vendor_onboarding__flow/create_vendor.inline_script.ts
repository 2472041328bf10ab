type Netsuite = { account: string; token: string };

export async function main(erp: Netsuite, vendor_name: string, tier: string, payment_terms_days = 30) {
  const res = await fetch(`https://${erp.account}.suitetalk.api.netsuite.com/services/rest/record/v1/vendor`, {
    method: "POST",
    headers: { Authorization: `Bearer ${erp.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ companyName: vendor_name, category: tier, terms: `Net ${payment_terms_days}` }),
  });
  if (!res.ok) throw new Error(`netsuite ${res.status}`);
  const id = res.headers.get("location")?.split("/").pop();
  return { vendor_id: id, tier };
}
