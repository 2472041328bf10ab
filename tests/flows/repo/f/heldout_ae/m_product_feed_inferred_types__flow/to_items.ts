export async function main(products: any[], currency: string, include_out_of_stock: boolean) {
  const rows = [];
  for (const p of products) {
    for (const v of p.variants) {
      if (!include_out_of_stock && v.inventory_quantity <= 0) continue;
      rows.push({
        id: String(v.id),
        title: `${p.title} ${v.title === "Default Title" ? "" : v.title}`.trim(),
        link: `https://acme-outdoor.example/products/${p.handle}?variant=${v.id}`,
        price: `${v.price} ${currency}`,
        availability: v.inventory_quantity > 0 ? "in_stock" : "out_of_stock",
        brand: p.vendor,
      });
    }
  }
  return rows;
}
