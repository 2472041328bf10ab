import * as wmill from "npm:windmill-client@1.818.0";

export async function main(venues: string[]) {
  const rota = await wmill.getResource("f/festival/volunteer_rota");
  return venues.map((venue) => ({ venue, crew: rota.venues?.[venue] ?? [] }));
}
