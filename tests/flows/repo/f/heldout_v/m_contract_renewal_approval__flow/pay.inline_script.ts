type ExactOnline = { division: string; token: string };

export async function main(exact: ExactOnline, invoice_id: string, amount_eur: number, memo: string) {
  const res = await fetch(`https://start.exactonline.nl/api/v1/${exact.division}/cashflow/PaymentConditions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${exact.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ EntryID: invoice_id, AmountDC: amount_eur, Description: memo }),
  });
  if (!res.ok) throw new Error(`Exact: ${res.status}`);
  return { paid_eur: amount_eur, memo };
}
