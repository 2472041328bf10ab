export async function main(origin: string, destination: string, weight_kg: number) {
  const base = 45;
  const perKg = origin.slice(0, 2) === destination.slice(0, 2) ? 0.8 : 1.9;
  return { origin, destination, price_eur: Math.round(base + perKg * weight_kg), valid_hours: 48 };
}
