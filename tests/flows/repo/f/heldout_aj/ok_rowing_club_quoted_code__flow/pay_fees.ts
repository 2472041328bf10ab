import * as wmill from "windmill-client";

export async function main(regattaId: string, entryIds: string[]) {
  const bank = await wmill.getResource("f/rowing/club_bank");
  const res = await fetch(`${bank.url}/payments`, {
    method: "POST",
    headers: { Authorization: `Bearer ${bank.token}`, "Idempotency-Key": `${regattaId}-${entryIds.join("-")}` },
    body: JSON.stringify({ reference: regattaId, entries: entryIds }),
  });
  if (!res.ok) throw new Error(`bank ${res.status}`);
  return await res.json();
}
