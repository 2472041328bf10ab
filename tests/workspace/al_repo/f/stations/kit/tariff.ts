// The tariff table, loaded once when the module is imported.
const resp = await fetch("https://tariff.westbahn-regional.at/api/current");
export const TARIFF: Record<string, number> = await resp.json();

export function priceOf(zone: string): number {
  return TARIFF[zone] ?? 0;
}
