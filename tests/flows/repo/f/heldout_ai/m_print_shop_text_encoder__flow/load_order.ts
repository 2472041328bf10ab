import * as wmill from "npm:windmill-client@1.818.0";

export async function main(orderId: number) {
  const api = await wmill.getResource("f/print_shop/shop_api");
  const res = await fetch(`${api.baseUrl}/orders/${orderId}`, {
    headers: { Authorization: `Bearer ${api.token}` },
  });
  if (!res.ok) throw new Error(`order ${orderId}: ${res.status}`);
  return await res.json();
}
