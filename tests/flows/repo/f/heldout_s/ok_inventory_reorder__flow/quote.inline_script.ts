type Supplier = { api_url: string; api_key: string };
type Line = { sku: string; qty: number };

export async function main(supplier: Supplier, lines: Line[]) {
  const res = await fetch(`${supplier.api_url}/quotes`, {
    method: "POST",
    headers: { "x-api-key": supplier.api_key, "content-type": "application/json" },
    body: JSON.stringify({ lines }),
  });
  if (!res.ok) throw new Error(`quote failed: ${res.status}`);
  const quote: { id: string; lines: (Line & { price: number; available: boolean })[] } = await res.json();
  return {
    quote_id: quote.id,
    accepted: quote.lines.filter((l) => l.available),
    unavailable: quote.lines.filter((l) => !l.available).map(({ sku, qty }) => ({ sku, qty })),
  };
}
