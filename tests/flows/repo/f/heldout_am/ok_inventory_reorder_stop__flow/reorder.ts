type Row = { sku: string; qty: number; bin: string };

export async function main(rows: Row[], supplier: string) {
  const lines = rows.map((r) => ({ sku: r.sku, qty: Math.max(0, 50 - r.qty) }));
  const res = await fetch(`https://purchasing.internal/suppliers/${supplier}/orders`, {
    method: "POST",
    body: JSON.stringify({ lines }),
  });
  return { ordered: lines.length, status: res.status };
}
