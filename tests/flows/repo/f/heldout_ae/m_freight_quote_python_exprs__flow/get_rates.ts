export async function main(origin_zip: string, dest_zip: string, weight_kg: number) {
  const resp = await fetch(
    `https://rates.freightbroker.example/v2/quote?from=${origin_zip}&to=${dest_zip}&kg=${weight_kg}`,
  );
  const body = await resp.json();
  const road = (body.offers ?? []).filter((o: any) => o.mode === "road");
  road.sort((a: any, b: any) => a.price - b.price);
  return {
    air: body.offers.find((o: any) => o.mode === "air")?.price ?? null,
    cheapest_road: road[0] ?? null,
    offers: body.offers.length,
  };
}
