type Order = { sku: string; qty: number; customer: string };

export async function main(orders: Order[], ovens: number) {
  const bySku = new Map<string, number>();
  for (const o of orders) bySku.set(o.sku, (bySku.get(o.sku) ?? 0) + o.qty);
  const batches = [...bySku.entries()].map(([sku, qty], i) => ({ sku, qty, oven: (i % ovens) + 1 }));
  return { batches, start_at: "02:30" };
}
