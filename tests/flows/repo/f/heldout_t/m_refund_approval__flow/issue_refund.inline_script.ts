type Shopify = { shop: string; token: string };

export async function main(shopify: Shopify, order_id: string, amount: number, note: string) {
  const res = await fetch(`https://${shopify.shop}.myshopify.com/admin/api/2024-07/orders/${order_id}/refunds.json`, {
    method: "POST",
    headers: { "X-Shopify-Access-Token": shopify.token, "Content-Type": "application/json" },
    body: JSON.stringify({ refund: { note, transactions: [{ kind: "refund", amount }] } }),
  });
  if (!res.ok) throw new Error(`refund failed: ${res.status}`);
  const { refund } = await res.json();
  return { refund_id: String(refund.id), amount };
}
