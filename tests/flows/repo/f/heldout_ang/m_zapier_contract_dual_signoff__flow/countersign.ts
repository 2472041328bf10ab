import * as wmill from "windmill-client";

export async function main(contract_id: string, signers: string, all_signed: boolean) {
  if (!all_signed) return { countersigned: false };
  const clm = await wmill.getResource("f/heldout_ang/clm");
  const res = await fetch(`${clm.url}/contracts/${contract_id}/countersign`, {
    method: "POST",
    headers: { Authorization: `Bearer ${clm.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ note: `signed off by ${signers}` }),
  });
  return { countersigned: res.ok };
}
