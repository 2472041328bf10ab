export async function main(ticketId: number) {
  const r = await fetch(`https://coop.example/api/tickets/${ticketId}/close`, { method: "POST" });
  const t = (await r.json()) as {
    customer_id: string;
    phone: string;
    frame_serial: string;
    parts: { sku: string; qty: number }[];
  };
  return t;
}
