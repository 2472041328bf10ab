// Date helpers (UTC, ISO days).

const DAY_MS = 86_400_000;

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
}

export function isoDay(value: string): string {
  return value.slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const base = Date.parse(`${day}T00:00:00Z`);
  return new Date(base + days * DAY_MS).toISOString().slice(0, 10);
}
