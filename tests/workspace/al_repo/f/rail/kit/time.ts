// Time helpers: the clock core plus service-day arithmetic.
export * from "./clockcore.ts";

export function serviceDayOf(iso: string): string {
  const d = new Date(iso);
  if (d.getUTCHours() < 2) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
