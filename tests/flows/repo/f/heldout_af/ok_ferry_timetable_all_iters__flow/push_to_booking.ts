import * as wmill from "windmill-client";

export async function main(season: string, routes: { route: string; sailings: number }[]) {
  const booking = await wmill.getResource("f/ferries/booking_engine");
  let pushed = 0;
  for (const r of routes) {
    const res = await fetch(`${booking.url}/timetables/${season}/${r.route}/publish`, {
      method: "POST",
      headers: { authorization: `Bearer ${booking.token}` },
    });
    if (res.ok) pushed += 1;
  }
  return { pushed, total: routes.length };
}
