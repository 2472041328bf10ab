import * as wmill from "windmill-client";

export async function main(email: string) {
  const key = await wmill.getVariable("f/alumni/enrichment_key");
  const res = await fetch(`https://api.enrich.example/v1/person?email=${encodeURIComponent(email)}`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  if (res.status === 404) throw new Error("person not found");
  if (!res.ok) throw new Error(`enrichment answered ${res.status}`);
  const p = await res.json();
  return { employer: p.employment?.name ?? null, title: p.employment?.title ?? null, city: p.geo?.city ?? null };
}
