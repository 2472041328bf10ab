export const now = (): Date => new Date();

export function isoDay(d: string): string {
  return d.slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
