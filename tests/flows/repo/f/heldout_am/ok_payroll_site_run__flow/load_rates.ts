import * as wmill from "windmill-client";

export async function main(site: string) {
  const hris = await wmill.getResource("f/heldout_am/hris");
  const res = await fetch(`${hris.url}/sites/${site}/rates`, { headers: { authorization: `Bearer ${hris.token}` } });
  const rates: Record<string, number> = await res.json();
  return { rates, currency: "EUR" };
}
