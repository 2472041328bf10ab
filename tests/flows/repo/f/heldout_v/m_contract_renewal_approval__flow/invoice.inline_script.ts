type ExactOnline = { division: string; token: string };

export async function main(exact: ExactOnline, invoice_id: string) {
  const url = `https://start.exactonline.nl/api/v1/${exact.division}/purchaseentry/PurchaseEntries(guid'${invoice_id}')`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${exact.token}`, Accept: "application/json" } });
  if (!res.ok) throw new Error(`Exact: ${res.status}`);
  const entry = (await res.json()).d;
  return { vendor: entry.SupplierName as string, amount_eur: Number(entry.AmountDC), due: entry.DueDate as string };
}
