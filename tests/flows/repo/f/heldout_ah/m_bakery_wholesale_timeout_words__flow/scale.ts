type Line = { product: string; qty: number };

export async function main(orderLists: Line[][]) {
  const totals = new Map<string, number>();
  for (const line of orderLists.flat()) totals.set(line.product, (totals.get(line.product) ?? 0) + line.qty);
  const sheet = [...totals.entries()].map(([product, qty]) => `${qty} x ${product}`).join("\n");
  return { sheet, products: totals.size };
}
