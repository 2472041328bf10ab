type Order = {
  id: number;
  carrier: string;
  weight_grams: number;
  line1: string;
  city: string;
  postcode: string;
  country: string;
  account: { api_url: string; key: string };
};

export async function main(order: Order) {
  const res = await fetch(`${order.account.api_url}/labels`, {
    method: "POST",
    headers: { Authorization: `Bearer ${order.account.key}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      reference: String(order.id),
      weight: order.weight_grams,
      to: { street: order.line1, city: order.city, zip: order.postcode, country: order.country },
    }),
  });
  if (!res.ok) throw new Error(`label for ${order.id}: ${res.status} ${await res.text()}`);
  const label = await res.json();
  return { order_id: order.id, tracking: label.tracking_number, pdf_url: label.label_url };
}
