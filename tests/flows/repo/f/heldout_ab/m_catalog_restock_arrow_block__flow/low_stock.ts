import * as wmill from "windmill-client";

type Variant = { sku: string; inventory_quantity: number; title: string };

export async function main(threshold: number) {
  const shop = await wmill.getResource("f/shop/shopify");
  const res = await fetch(`https://${shop.domain}/admin/api/2024-01/variants.json?limit=250`, {
    headers: { "X-Shopify-Access-Token": shop.token },
  });
  const { variants } = (await res.json()) as { variants: Variant[] };
  const items = variants
    .filter((v) => v.inventory_quantity < threshold)
    .map((v) => ({ sku: v.sku, on_hand: v.inventory_quantity, title: v.title }));
  return { items, checked: variants.length };
}
