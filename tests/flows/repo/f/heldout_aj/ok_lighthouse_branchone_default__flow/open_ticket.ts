import * as wmill from "windmill-client";

export async function main(station: string, fault: string) {
  const desk = await wmill.getResource("f/lighthouse/servicedesk");
  const res = await fetch(`${desk.url}/tickets`, {
    method: "POST",
    headers: { Authorization: `Bearer ${desk.token}`, "content-type": "application/json" },
    body: JSON.stringify({ title: `Fog signal ${fault} at ${station}`, queue: "aids-to-navigation" }),
  });
  return { ticket: (await res.json()).id as string };
}
