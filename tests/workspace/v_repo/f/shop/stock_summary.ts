// SDK: none; a plain Bun script the stock workflows run with taskScript("f/shop/stock_summary")
export async function main(counts: Record<string, number>, regions: string[], minQty: number = 1) {
  const skus = Object.entries(counts).filter(([, qty]) => qty >= minQty);
  return { skus: skus.length, regions: regions.length, top: skus.sort((a, b) => b[1] - a[1]).slice(0, 10) };
}
