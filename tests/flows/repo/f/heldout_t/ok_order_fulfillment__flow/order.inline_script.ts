type Shopify = { shop: string; token: string };

export async function main(shopify: Shopify, order_id: string) {
  const res = await fetch(`https://${shopify.shop}.myshopify.com/admin/api/2024-07/orders/${order_id}.json`, {
    headers: { "X-Shopify-Access-Token": shopify.token },
  });
  if (!res.ok) throw new Error(`order ${order_id}: ${res.status}`);
  const { order } = await res.json();
  return {
    name: order.name as string,
    shipping_country: order.shipping_address.country_code as string,
    shipping_address: order.shipping_address,
    lines: order.line_items.map((l: any) => ({ sku: l.sku as string, quantity: l.quantity as number })),
  };
}
