type Shopify = { shop: string; token: string };

export async function main(shopify: Shopify, order_id: string) {
  const res = await fetch(`https://${shopify.shop}.myshopify.com/admin/api/2024-07/orders/${order_id}.json`, {
    headers: { "X-Shopify-Access-Token": shopify.token },
  });
  if (!res.ok) throw new Error(`order ${order_id}: ${res.status}`);
  const { order } = await res.json();
  return { id: order.id, total: Number(order.total_price), email: order.email, currency: order.currency };
}
