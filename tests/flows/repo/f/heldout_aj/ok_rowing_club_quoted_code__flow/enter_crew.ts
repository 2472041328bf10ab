import * as wmill from "windmill-client";

export async function main(regattaId: string, clubCode: string, boatClass: string, rowers: string[]) {
  const fed = await wmill.getResource("f/rowing/federation_api");
  const res = await fetch(`${fed.url}/regattas/${regattaId}/entries`, {
    method: "POST",
    headers: { Authorization: `Bearer ${fed.token}`, "content-type": "application/json" },
    body: JSON.stringify({ club: clubCode, boat_class: boatClass, rowers }),
  });
  if (!res.ok) throw new Error(`entry ${res.status}`);
  const body = await res.json();
  return { entry_id: body.id as string, fee: body.fee as number };
}
