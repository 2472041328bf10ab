import { parse } from "csv-parse/sync";

export async function main(feed_url: string, vendor_id: string) {
  const res = await fetch(feed_url);
  if (!res.ok) throw new Error(`${vendor_id}: feed ${res.status}`);
  const rows = parse(await res.text(), { columns: true, skip_empty_lines: true });
  const items = rows.map((r: Record<string, string>) => ({
    sku: r.sku,
    price_cents: Math.round(parseFloat(r.price) * 100),
    stock: parseInt(r.stock ?? "0", 10),
  }));
  return { vendor_id, items };
}
