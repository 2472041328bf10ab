import * as wmill from "windmill-client";

type Zendesk = { subdomain: string; token: string };

export async function main(days: number) {
  const zd = await wmill.getResource<Zendesk>("f/support/zendesk");
  const since = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  const res = await fetch(
    `https://${zd.subdomain}.zendesk.com/api/v2/search.json?query=status<solved updated<${since}`,
    { headers: { Authorization: `Bearer ${zd.token}` } },
  );
  const body = await res.json();
  return body.results.map((t: any) => ({ id: t.id, subject: t.subject }));
}
