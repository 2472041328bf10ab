type Hubspot = { token: string };

const OWNERS: Record<string, string> = { A: "4011", B: "4012", C: "4013" };

export async function main(hubspot: Hubspot, email: string, tier: "A" | "B" | "C") {
  const res = await fetch("https://api.hubapi.com/crm/v3/objects/contacts", {
    method: "POST",
    headers: { Authorization: `Bearer ${hubspot.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ properties: { email, hubspot_owner_id: OWNERS[tier], lead_tier: tier } }),
  });
  if (res.status === 409) return { created: false, owner: OWNERS[tier] };
  if (!res.ok) throw new Error(`HubSpot ${res.status}`);
  return { created: true, owner: OWNERS[tier] };
}
