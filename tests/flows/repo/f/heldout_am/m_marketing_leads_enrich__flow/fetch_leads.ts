import * as wmill from "windmill-client";

type Lead = { email: string; first_name: string; company: string; source: string };

export async function main(source: string, since: string) {
  const hs = await wmill.getResource("f/heldout_am/hubspot");
  const res = await fetch(`https://api.hubapi.com/crm/v3/objects/contacts?createdAfter=${since}&source=${source}`, {
    headers: { authorization: `Bearer ${hs.token}` },
  });
  const body = await res.json();
  const leads: Lead[] = body.results.map((r: any) => ({
    email: r.properties.email,
    first_name: r.properties.firstname,
    company: r.properties.company,
    source,
  }));
  return { leads, total: leads.length };
}
