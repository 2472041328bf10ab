import * as wmill from "windmill-client";

type Payslip = { employee_id: string; iban: string; gross_cents: number; net_cents: number };

export async function main(payslips: Payslip[], execution_date: string) {
  const bank = await wmill.getResource("f/finance/bank_api");
  const res = await fetch(`${bank.url}/sepa/batches`, {
    method: "POST",
    headers: { Authorization: `Bearer ${bank.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      execution_date,
      transfers: payslips.map((p) => ({ iban: p.iban, amount_cents: p.net_cents, ref: p.employee_id })),
    }),
  });
  if (!res.ok) throw new Error(`bank answered ${res.status}: ${await res.text()}`);
  return { batch_id: (await res.json()).id, count: payslips.length };
}
