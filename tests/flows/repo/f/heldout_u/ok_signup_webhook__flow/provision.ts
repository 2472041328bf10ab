import * as wmill from "windmill-client";

const QUOTAS: Record<string, { seats: number; storage_gb: number }> = {
  free: { seats: 3, storage_gb: 1 },
  team: { seats: 25, storage_gb: 100 },
  business: { seats: 500, storage_gb: 2000 },
};

export async function main(account_id: number, plan: string) {
  const api = await wmill.getResource("f/product/internal_api");
  const quota = QUOTAS[plan] ?? QUOTAS.free;
  const r = await fetch(`${api.base_url}/accounts/${account_id}/provision`, {
    method: "POST",
    headers: { Authorization: `Bearer ${api.token}`, "Content-Type": "application/json" },
    body: JSON.stringify(quota),
  });
  if (!r.ok) throw new Error(`provision ${r.status}`);
  return { account_id, ...quota };
}
