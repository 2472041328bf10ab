import * as wmill from "windmill-client";

export async function main(performanceId: string, includeComps: boolean = true) {
  const boxOffice = await wmill.getResource("f/opera/box_office");
  const res = await fetch(`${boxOffice.url}/performances/${performanceId}/seats`, {
    headers: { Authorization: `Bearer ${boxOffice.token}` },
  });
  if (!res.ok) throw new Error(`box office ${res.status}`);
  const rows: { seat: string; kind: string }[] = await res.json();
  const seats = rows.filter((r) => includeComps || r.kind !== "comp").map((r) => r.seat);
  return { performanceId, seats };
}
