type Hubspot = { token: string };

export async function main(hubspot: Hubspot, after?: string | null) {
  const url = new URL("https://api.hubapi.com/crm/v3/objects/contacts");
  url.searchParams.set("limit", "100");
  url.searchParams.set("properties", "email,lifecyclestage");
  if (after) url.searchParams.set("after", after);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${hubspot.token}` } });
  if (res.status === 429) throw new Error("rate limited");
  const body = await res.json();
  return {
    contacts: body.results.map((c: any) => ({
      id: c.id,
      email: c.properties.email,
      stage: c.properties.lifecyclestage,
      updated_at: c.updatedAt,
    })),
    next_after: body.paging?.next?.after ?? null,
  };
}
