import * as wmill from "windmill-client";

export async function main(invoice_id: string) {
  const cb = await wmill.getResource("f/billing/chargebee");
  const res = await fetch(`https://${cb.site}.chargebee.com/api/v2/invoices/${invoice_id}/collect_payment`, {
    method: "POST",
    headers: { Authorization: `Basic ${btoa(`${cb.api_key}:`)}` },
  });
  const body = await res.json();
  return { paid: res.ok && body.invoice?.status === "paid", reason: body.message ?? null };
}
