import * as wmill from "windmill-client";

export async function main(week: string, points: { label: string; value: number }[]) {
  const dash = await wmill.getResource("f/farmshop/geckoboard");
  const resp = await fetch(`https://api.geckoboard.com/datasets/sales.by_region/data`, {
    method: "PUT",
    headers: {
      Authorization: `Basic ${btoa(dash.api_key + ":")}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ data: points.map((p) => ({ week, region: p.label, revenue: p.value })) }),
  });
  if (!resp.ok) throw new Error(`geckoboard: ${resp.status}`);
  return { pushed: points.length };
}
