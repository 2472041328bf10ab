import * as wmill from "windmill-client";

export async function main(performanceId: string) {
  const boxOffice = await wmill.getResource("f/opera/box_office");
  const res = await fetch(`${boxOffice.url}/performances/${performanceId}/access`, {
    headers: { Authorization: `Bearer ${boxOffice.token}` },
  });
  if (!res.ok) throw new Error(`box office ${res.status}`);
  return (await res.json()) as { seat: string; need: string }[];
}
