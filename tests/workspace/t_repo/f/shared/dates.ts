// Date helpers for reports. `parseDay` is pure; `daysAgo` reads the clock.

export function parseDay(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function dayKey(iso: string): string {
  return iso.slice(0, 10).replaceAll("-", "");
}

export function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}
