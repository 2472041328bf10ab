import * as wmill from "windmill-client";

export async function main(station: string, region: string, standbyOk: boolean) {
  const pager = await wmill.getResource("f/lighthouse/pager");
  await fetch(pager.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ team: `boats-${region}`, priority: standbyOk ? "P2" : "P1", station }),
  });
  return { called: true };
}
