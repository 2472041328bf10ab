type Resend = { api_key: string };

export async function main(resend: Resend, to: string, order_id: string, reserved: boolean) {
  const res = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${resend.api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      from: "orders@shop.acme.io",
      to,
      subject: `Order ${order_id} received`,
      text: reserved
        ? `Thanks! Your order ${order_id} is confirmed and will ship soon.`
        : `Thanks! Part of order ${order_id} is backordered; we will email you when it ships.`,
    }),
  });
  if (!res.ok) throw new Error(`Resend: ${res.status}`);
  return { emailed: to };
}
