import * as wmill from "windmill-client";

export async function main(week: string, station: string) {
  const db = await wmill.getResource("f/radio/playout_api");
  const resp = await fetch(`${db.url}/stations/${station}/plays?week=${week}`);
  const plays: { isrc: string; title: string; at: string }[] = await resp.json();
  return { week, plays };
}
