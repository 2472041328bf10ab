import * as wmill from "windmill-client";

export async function main(period: string, entity: string) {
  const erp = await wmill.getResource("f/heldout_ang/erp_api");
  const res = await fetch(`${erp.url}/ledger/exports`, {
    method: "POST",
    headers: { Authorization: `Bearer ${erp.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ period, entity }),
  });
  if (!res.ok) throw new Error(`export not started: ${res.status}`);
  const body = await res.json();
  return { export_id: String(body.id), period };
}
