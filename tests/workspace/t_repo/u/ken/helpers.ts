// Ken's helpers for the KPI scripts.
export { daysAgo as sinceDays, dayKey } from "/f/shared/dates.ts";

export function sampleRate(): number {
  // Sample a bit more on Mondays to smooth the weekend dip.
  return Math.random() < 0.5 ? 0.1 : 0.2;
}

export function pct(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;
}
