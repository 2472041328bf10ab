import * as wmill from "windmill-client";

export async function main(varieties: { latin: string; common: string }[], partner: string) {
  const ours = (await wmill.getVariable("f/seed_library/known_latin_names")).split("\n");
  const known = new Set(ours.map((n) => n.trim().toLowerCase()));
  const unknown = varieties.filter((v) => !known.has(v.latin.toLowerCase()));
  return { partner, matched: varieties.length - unknown.length, unknown };
}
