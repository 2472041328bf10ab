// Gust sampling for the wind-hold decision.
export default function sampleGust(readings: number[]): number {
  const i = Math.floor(Math.random() * readings.length);
  return readings[i] ?? 0;
}

export function peak(readings: number[]): number {
  return readings.reduce((a, b) => Math.max(a, b), 0);
}
