type Erp = { base_url: string; token: string };

export async function main(erp: Erp, order_id: string, lines: { sku: string; quantity: number }[]) {
  const res = await fetch(`${erp.base_url}/reservations`, {
    method: "POST",
    headers: { Authorization: `Bearer ${erp.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ reference: order_id, lines }),
  });
  if (!res.ok) throw new Error(`ERP: ${res.status}`);
  const body = await res.json();
  return { reservation_id: body.id as string, reserved: body.lines.every((l: { ok: boolean }) => l.ok) };
}
