import * as wmill from "windmill-client";

export async function main(hotel_code: string, check_in: string, nights: number, guests: number) {
  const pms = await wmill.getResource("f/hotels/pms");
  const url = new URL(`${pms.url}/availability`);
  url.searchParams.set("hotel", hotel_code);
  url.searchParams.set("from", check_in);
  url.searchParams.set("nights", String(nights));
  url.searchParams.set("occupancy", String(guests));
  const res = await fetch(url, { headers: { "X-Api-Key": pms.key } });
  if (!res.ok) throw new Error(`pms answered ${res.status}`);
  const rooms: Array<{ room_type: string; rate_cents: number }> = await res.json();
  rooms.sort((a, b) => a.rate_cents - b.rate_cents);
  return { cheapest: rooms[0] ?? null, options: rooms.length };
}
