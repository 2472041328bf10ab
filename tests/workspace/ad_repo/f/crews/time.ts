// Crew-side time helpers: same names as f/common/time.ts, but the day is always given.
export function isoNow(day: string): string {
  return `${day.slice(0, 10)}T06:00:00.000Z`;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
