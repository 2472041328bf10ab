import * as wmill from "windmill-client";

export async function main(email: string | undefined) {
  if (!email) return { vip: false, plan: null };
  const crm = await wmill.getResource("f/support/hubspot");
  const res = await fetch(
    `https://api.hubapi.com/crm/v3/objects/contacts/${encodeURIComponent(email)}?idProperty=email&properties=plan`,
    { headers: { authorization: `Bearer ${crm.token}` } },
  );
  if (res.status === 404) return { vip: false, plan: null };
  const c = await res.json();
  return { vip: ["enterprise", "premium"].includes(c.properties.plan), plan: c.properties.plan };
}
