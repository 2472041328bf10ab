import * as wmill from "windmill-client";

export async function main(tier: string, codes: number, wave: number, mode: "live" | "preview") {
  const shop = await wmill.getResource("f/festival/shop_api");
  const res = await fetch(`${shop.url}/presale/${wave}/tiers/${encodeURIComponent(tier)}/codes`, {
    method: "POST",
    headers: { authorization: `Bearer ${shop.token}`, "content-type": "application/json" },
    body: JSON.stringify({ count: codes, mode }),
  });
  if (!res.ok) throw new Error(`shop answered ${res.status}`);
  return { tier, released: codes, mode };
}
