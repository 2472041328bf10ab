import * as wmill from "npm:windmill-client@1.818.0";

export async function main(edition: number, passTypes: string[]) {
  const tix = await wmill.getResource("f/festival/ticketing");
  const res = await fetch(`${tix.url}/editions/${edition}/passes?types=${passTypes.join(",")}`, {
    headers: { Authorization: `Bearer ${tix.token}` },
  });
  return (await res.json()) as { email: string; name: string }[];
}
