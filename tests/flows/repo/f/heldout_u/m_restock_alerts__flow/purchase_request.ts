import * as wmill from "windmill-client";

export async function main(sku: string, quantity: number, warehouse: string) {
  const erp = await wmill.getResource("f/inventory/erp_api");
  const res = await fetch(`${erp.base_url}/purchase-requests`, {
    method: "POST",
    headers: { Authorization: `Bearer ${erp.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ sku, quantity, warehouse }),
  });
  if (!res.ok) throw new Error(`ERP ${res.status}`);
  return await res.json();
}
