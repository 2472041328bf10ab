export async function main(kiln: string, slot: string) {
  const r = await fetch(`https://studio.example/api/kilns/${kiln}/controller?slot=${slot}`);
  return (await r.json()) as { cone_reached: number; peak_c: number };
}
