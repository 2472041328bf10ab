import * as wmill from "windmill-client";

export async function main(email: string, firstName: string, plan: string) {
  const hubspot = await wmill.getResource("f/heldout_ang/hubspot");
  const res = await fetch("https://api.hubapi.com/crm/v3/objects/contacts", {
    method: "POST",
    headers: { Authorization: `Bearer ${hubspot.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ properties: { email, firstname: firstName, plan } }),
  });
  if (!res.ok) throw new Error(`HubSpot answered ${res.status}`);
  const body = await res.json();
  return { id: body.id as string, email };
}
