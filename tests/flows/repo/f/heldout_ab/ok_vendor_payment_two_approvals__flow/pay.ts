import * as wmill from "windmill-client";

export async function main(invoice_id: string, approved_by: string[]) {
  const bank = await wmill.getResource("f/finance/bank_api");
  const res = await fetch(`${bank.base_url}/payments`, {
    method: "POST",
    headers: { Authorization: `Bearer ${bank.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ invoice_id, approved_by }),
  });
  return { invoice_id, status: res.status };
}
