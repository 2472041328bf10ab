import * as wmill from "windmill-client";

export async function main(email: string, first_name: string, last_name: string, distance: string, age_group: string, waitlist: boolean) {
  const db = await wmill.getResource("f/races/registrations_api");
  const resp = await fetch(`${db.url}/registrations`, {
    method: "POST",
    headers: { Authorization: `Bearer ${db.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ email, first_name, last_name, distance, age_group, status: waitlist ? "waitlist" : "confirmed" }),
  });
  const created = await resp.json();
  return { bib: created.bib ?? null, status: created.status };
}
