export async function main(order: { items: { sku: string; artwork_svg: string; qty: number }[] }, paper: string) {
  const pages = order.items.map(
    (item) => `<section class="page ${paper}"><h2>${item.sku} x ${item.qty}</h2>${item.artwork_svg}</section>`,
  );
  return { html: `<html><body>${pages.join("\n")}</body></html>`, pages: pages.length };
}
