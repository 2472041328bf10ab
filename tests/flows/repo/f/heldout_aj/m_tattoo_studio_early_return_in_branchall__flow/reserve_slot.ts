import * as wmill from "windmill-client";

export async function main(artist: string, slot: string, requestId: string) {
  const cal = await wmill.getResource("f/tattoo/calendar");
  const res = await fetch(`${cal.url}/artists/${artist}/holds`, {
    method: "POST",
    headers: { Authorization: `Bearer ${cal.token}`, "content-type": "application/json" },
    body: JSON.stringify({ slot, ref: requestId }),
  });
  if (!res.ok) throw new Error(`slot taken (${res.status})`);
  return { slot, hold: (await res.json()).id as string };
}
