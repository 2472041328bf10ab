// SDK: no windmill-client import; date helpers (nowIso / dueIn read the clock, the others do not)
const DAY_MS = 24 * 60 * 60 * 1000;

export const nowIso = (): string => new Date().toISOString();

export function dueIn(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString();
}

export function addDays(iso: string, days: number): string {
  const d = new Date(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString();
}

export function monthKey(iso: string): string {
  return iso.slice(0, 7);
}

export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { timeZone: "UTC" });
}
