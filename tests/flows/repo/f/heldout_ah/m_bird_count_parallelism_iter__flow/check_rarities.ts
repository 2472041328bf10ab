import * as wmill from "windmill-client";

export async function main(region: string, species: string[], observer: string) {
  const rare = JSON.parse(await wmill.getVariable(`f/birds/rarities_${region}`)) as string[];
  return { observer, rare: species.filter((s) => rare.includes(s)) };
}
