type CustomerIo = { app_api_key: string };

export async function main(customerio: CustomerIo, email: string, template: string, vars: Record<string, unknown> = {}) {
  const res = await fetch("https://api.customer.io/v1/send/email", {
    method: "POST",
    headers: { Authorization: `Bearer ${customerio.app_api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ transactional_message_id: template, to: email, identifiers: { email }, message_data: vars }),
  });
  if (!res.ok) throw new Error(`customer.io ${res.status}: ${await res.text()}`);
  return { delivery_id: (await res.json()).delivery_id };
}
