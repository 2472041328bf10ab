import * as wmill from "windmill-client";

export async function main(employee_id: string, amount: number, note: string) {
  const xero = await wmill.getResource("f/finance/xero");
  const resp = await fetch("https://api.xero.com/api.xro/2.0/ExpenseClaims", {
    method: "POST",
    headers: { Authorization: `Bearer ${xero.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ User: { UserID: employee_id }, Total: amount, Reference: note }),
  });
  if (!resp.ok) throw new Error(`xero ${resp.status}`);
  return { booked: true };
}
