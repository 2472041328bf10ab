import * as wmill from "windmill-client";

export async function main(email: string) {
  const key = await wmill.getVariable("f/sales/apollo_key");
  const resp = await fetch("https://api.apollo.io/v1/people/match", {
    method: "POST",
    headers: { "X-Api-Key": key, "Content-Type": "application/json" },
    body: JSON.stringify({ email }),
  });
  if (!resp.ok) throw new Error(`apollo ${resp.status}`);
  const data = await resp.json();
  return { person: { title: data.person?.title ?? null, seniority: data.person?.seniority ?? null } };
}
