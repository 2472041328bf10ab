import * as wmill from "windmill-client";

export async function main(order_id: string, tracking_number: string) {
  const shop = await wmill.getResource("f/shop/shopify");
  await fetch(`https://${shop.domain}/admin/api/2024-04/orders/${order_id}/fulfillments.json`, {
    method: "POST",
    headers: { "X-Shopify-Access-Token": shop.token, "Content-Type": "application/json" },
    body: JSON.stringify({ fulfillment: { tracking_number } }),
  });
  return { order_id, tracking_number };
}
