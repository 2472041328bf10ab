// SDK: none; a plain script lena's backfill calls with a relative taskScript path
export async function main(stopId: string, address: string) {
  const resp = await fetch(`https://geo.example-fleet.io/v1/search?q=${encodeURIComponent(address)}`);
  return { stopId, result: (await resp.json()).results?.[0] ?? null };
}
