export async function main(month: string) {
  const res = await fetch(`https://invoicing.billing.example/v2/customers?month=${month}`);
  return (await res.json()) as { invoice_id: string; lines: { sku: string; cents: number }[] }[];
}
