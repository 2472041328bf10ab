type Wms = { url: string; token: string };

export async function main(wms: Wms, order_id: number, lines: { sku: string; qty: number }[]) {
  const res = await fetch(`${wms.url}/reservations`, {
    method: "POST",
    headers: { Authorization: `Bearer ${wms.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ external_ref: `shopify-${order_id}`, lines }),
  });
  if (res.status === 409) return { reservation: null, duplicate: true };
  if (!res.ok) throw new Error(`wms ${res.status}`);
  const body = await res.json();
  return { reservation: body.id, duplicate: false };
}
