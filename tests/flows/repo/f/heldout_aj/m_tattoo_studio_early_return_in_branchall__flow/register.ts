import * as wmill from "windmill-client";

export async function main(email: string, notes: string = "") {
  const crm = await wmill.getResource("f/tattoo/crm");
  const res = await fetch(`${crm.url}/requests`, {
    method: "POST",
    headers: { Authorization: `Bearer ${crm.token}`, "content-type": "application/json" },
    body: JSON.stringify({ email, notes }),
  });
  return { request_id: (await res.json()).id as string };
}
