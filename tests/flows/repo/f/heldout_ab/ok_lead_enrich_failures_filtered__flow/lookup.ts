import * as wmill from "windmill-client";

export async function main(email: string) {
  const apollo = await wmill.getResource("f/marketing/apollo");
  const res = await fetch("https://api.apollo.io/v1/people/match", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Api-Key": apollo.key },
    body: JSON.stringify({ email }),
  });
  if (!res.ok) {
    throw new Error(`apollo ${res.status}`);
  }
  const { person } = await res.json();
  return { email, seniority: person?.seniority ?? "unknown", company: person?.organization?.name ?? null };
}
