import * as wmill from "windmill-client";

export async function main(export_id: string) {
  const erp = await wmill.getResource("f/heldout_ang/erp_api");
  const res = await fetch(`${erp.url}/ledger/exports/${export_id}`, {
    headers: { Authorization: `Bearer ${erp.token}` },
  });
  const body = await res.json();
  return { status: String(body.state), url: body.download_url ?? null };
}
